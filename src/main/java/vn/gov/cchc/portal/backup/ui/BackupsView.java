package vn.gov.cchc.portal.backup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.gov.cchc.portal.backup.BackupProperties;
import vn.gov.cchc.portal.backup.BackupService;
import vn.gov.cchc.portal.backup.BackupSummary;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.common.ui.Messages;
import vn.gov.cchc.portal.common.ui.PageTitles;
import vn.gov.cchc.portal.security.Roles;

/** The administrator's backups: when they run, the list, and one taken now. */
@Route("admin/backups")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 92, icon = "vaadin:archive", title = "nav.backups")
class BackupsView extends Main implements HasDynamicTitle {

    private static final long MEGABYTE = 1024 * 1024;

    private final BackupService backups;
    private final Grid<BackupSummary> grid = new Grid<>();

    BackupsView(BackupService backups) {
        this.backups = backups;
        addClassName("backups-view");
        BackupProperties settings = backups.settings();
        Paragraph schedule = new Paragraph(settings.enabled()
                ? getTranslation("backup.schedule", settings.interval().toHours(), settings.keep(), settings.dir().toAbsolutePath())
                : getTranslation("backup.scheduleOff", settings.dir().toAbsolutePath()));
        Button now = new Button(getTranslation("backup.action.now"), VaadinIcon.ARCHIVE.create(), click -> {
            BackupSummary taken = backups.backupNow();
            Messages.success(this, "backup.taken", taken.name(), taken.files());
            refresh();
        });
        now.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        now.setDisableOnClick(true);
        now.addClickListener(click -> now.setEnabled(true));
        add(new H2(getTranslation("backup.title")), schedule, now, grid);
        configureGrid();
        refresh();
    }

    private void configureGrid() {
        grid.addColumn(b -> Formats.DATE_TIME.format(b.takenAt().atZone(PortalTime.ZONE))).setHeader(getTranslation("backup.field.takenAt"))
                .setAutoWidth(true);
        grid.addColumn(b -> b.scheduled() ? getTranslation("backup.bySchedule") : b.takenBy()).setHeader(getTranslation("backup.field.takenBy")).setAutoWidth(true);
        grid.addColumn(b -> Formats.integer(Math.max(1, b.databaseBytes() / MEGABYTE))).setHeader(getTranslation("backup.field.databaseMb"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(b -> Formats.integer(b.files())).setHeader(getTranslation("backup.field.files"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(b -> Formats.integer(b.filesBytes() / MEGABYTE)).setHeader(getTranslation("backup.field.filesMb"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(BackupSummary::name).setHeader(getTranslation("backup.field.folder")).setFlexGrow(1);
        grid.setEmptyStateText(getTranslation("backup.empty"));
        grid.setAllRowsVisible(true);
    }

    private void refresh() {
        grid.setItems(backups.list());
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("backup.title"));
    }
}
