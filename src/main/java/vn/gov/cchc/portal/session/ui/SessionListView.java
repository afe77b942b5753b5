package vn.gov.cchc.portal.session.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.common.ui.PageTitles;
import vn.gov.cchc.portal.common.ui.Toolbars;
import vn.gov.cchc.portal.security.CurrentUser;
import vn.gov.cchc.portal.session.SessionFilter;
import vn.gov.cchc.portal.session.SessionLinks;
import vn.gov.cchc.portal.session.SessionService;
import vn.gov.cchc.portal.session.SessionStatus;
import vn.gov.cchc.portal.session.SessionSummary;

/** The committee's sessions, newest first, filtered by year and status. */
@Route(SessionLinks.SESSIONS)
@PermitAll
@Menu(order = 10, icon = "vaadin:calendar", title = "nav.sessions")
class SessionListView extends Main implements HasDynamicTitle {

    private final SessionService sessions;
    private final ComboBox<Integer> year = new ComboBox<>();
    private final ComboBox<SessionStatus> status = new ComboBox<>();
    private final Grid<SessionSummary> grid = new Grid<>();

    SessionListView(SessionService sessions, CurrentUser currentUser) {
        this.sessions = sessions;
        addClassName("session-list-view");
        year.setLabel(getTranslation("session.filter.year"));
        year.setItems(sessions.years());
        year.setClearButtonVisible(true);
        year.setPlaceholder(getTranslation("filter.all"));
        status.setLabel(getTranslation("session.field.status"));
        status.setItems(SessionStatus.values());
        status.setItemLabelGenerator(value -> getTranslation(value.messageKey()));
        status.setClearButtonVisible(true);
        status.setPlaceholder(getTranslation("filter.all"));
        year.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());

        HorizontalLayout toolbar = Toolbars.of(year, status);
        if (currentUser.isSecretariatOrAdmin()) {
            Button create = new Button(getTranslation("session.action.create"), VaadinIcon.PLUS.create(),
                    click -> SessionEditorDialog.forNewSession(sessions,
                            created -> getUI().ifPresent(ui -> ui.navigate(SessionView.class, created.id()))).open());
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.add(create);
        }

        grid.addColumn(s -> getTranslation("session.numberLabel", s.number())).setHeader(getTranslation("session.field.number"))
                .setAutoWidth(true);
        grid.addColumn(SessionSummary::title).setHeader(getTranslation("session.field.title")).setFlexGrow(3);
        grid.addColumn(s -> Formats.DATE_TIME.format(s.startsAt())).setHeader(getTranslation("session.field.startsAt"))
                .setAutoWidth(true);
        grid.addColumn(s -> getTranslation(s.kind().messageKey())).setHeader(getTranslation("session.field.kind"))
                .setAutoWidth(true);
        grid.addColumn(s -> getTranslation(s.status().messageKey())).setHeader(getTranslation("session.field.status"))
                .setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("session.list.empty"));
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(SessionView.class, click.getItem().id())));

        add(new H2(getTranslation("session.list.title")), toolbar, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(sessions.list(new SessionFilter(year.getValue(), status.getValue())));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("nav.sessions"));
    }
}
