package vn.gov.cchc.portal.agency.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import vn.gov.cchc.portal.agency.AgencyService;
import vn.gov.cchc.portal.common.ValidationException;
import vn.gov.cchc.portal.common.ui.Badges;

/**
 * The other names of the selected agency, as people write them in the files they send; the administrator adds and
 * removes them, others read them.
 */
class AgencyAliasEditor extends Div {

    private final AgencyService agencies;
    private final long agencyId;
    private final boolean editable;
    private final Div names = new Div();
    private final TextField alias = new TextField();

    AgencyAliasEditor(AgencyService agencies, long agencyId, boolean editable) {
        this.agencies = agencies;
        this.agencyId = agencyId;
        this.editable = editable;
        addClassName("agency-aliases");
        names.addClassName("alias-list");
        add(new Span(getTranslation("agency.alias.title")), names);
        if (editable) {
            alias.setLabel(getTranslation("agency.alias.new"));
            alias.setHelperText(getTranslation("agency.alias.help"));
            alias.setMaxLength(255);
            alias.setWidth("24em");
            Button add = new Button(getTranslation("agency.alias.add"), VaadinIcon.PLUS.create(), click -> add());
            HorizontalLayout form = new HorizontalLayout(alias, add);
            form.setAlignItems(FlexComponent.Alignment.BASELINE);
            add(form);
        }
        refresh();
    }

    private void add() {
        try {
            agencies.addAlias(agencyId, alias.getValue());
            alias.clear();
            alias.setInvalid(false);
            refresh();
        } catch (ValidationException refused) {
            alias.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
            alias.setInvalid(true);
        }
    }

    private void refresh() {
        names.removeAll();
        var aliases = agencies.aliases(agencyId);
        if (aliases.isEmpty()) {
            names.add(new Span(getTranslation("agency.alias.none")));
        }
        for (String name : aliases) {
            Span chip = new Span(name);
            Badges.styled(chip, "badge contrast");
            if (editable) {
                Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> {
                    agencies.removeAlias(agencyId, name);
                    refresh();
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
                remove.setAriaLabel(getTranslation("agency.alias.remove", name));
                chip.add(remove);
            }
            names.add(chip);
        }
    }
}
