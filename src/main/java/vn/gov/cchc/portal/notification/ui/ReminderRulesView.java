package vn.gov.cchc.portal.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.common.ui.FieldErrors;
import vn.gov.cchc.portal.common.ui.Messages;
import vn.gov.cchc.portal.common.ui.PageTitles;
import vn.gov.cchc.portal.notification.AgencyFollower;
import vn.gov.cchc.portal.notification.ReminderRules;
import vn.gov.cchc.portal.notification.ReminderSettings;
import vn.gov.cchc.portal.notification.ReminderSettingsService;
import vn.gov.cchc.portal.security.Roles;

/**
 * The secretariat's reminder rules — when tasks, reports and waiting requests are reminded, and when an overdue task
 * reaches the agency's leaders and the secretariat's follower — and who follows each agency.
 */
@Route("reminders")
@RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
@Menu(order = 42, icon = "vaadin:alarm", title = "nav.reminderRules")
class ReminderRulesView extends Main implements HasDynamicTitle {

    private final ReminderSettingsService settings;
    private final TextField daysBefore = new TextField();
    private final Checkbox onTheDay = new Checkbox();
    private final IntegerField everyOverdueDays = days("reminder.field.everyOverdueDays");
    private final IntegerField leadersAfterDays = days("reminder.field.leadersAfterDays");
    private final IntegerField followerAfterDays = days("reminder.field.followerAfterDays");
    private final IntegerField reportDaysBefore = days("reminder.field.reportDaysBefore");
    private final IntegerField waitingDays = days("reminder.field.waitingDays");
    private final Paragraph lastChange = new Paragraph();
    private final Grid<AgencyFollower> followers = new Grid<>();
    private final ComboBox<String> follower = new ComboBox<>();
    private long version;

    ReminderRulesView(ReminderSettingsService settings) {
        this.settings = settings;
        addClassName("reminder-rules-view");
        daysBefore.setLabel(getTranslation("reminder.field.daysBefore"));
        daysBefore.setHelperText(getTranslation("reminder.field.daysBefore.help"));
        daysBefore.setMaxLength(40);
        onTheDay.setLabel(getTranslation("reminder.field.onTheDay"));
        FormLayout form = new FormLayout(daysBefore, onTheDay, everyOverdueDays, leadersAfterDays, followerAfterDays,
                reportDaysBefore, waitingDays);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        Button save = new Button(getTranslation("action.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("save-rules");
        add(new H2(getTranslation("nav.reminderRules")), new Paragraph(getTranslation("reminder.intro")), form, save, lastChange);
        add(new H3(getTranslation("reminder.followers")), new Paragraph(getTranslation("reminder.followers.intro")),
                followerBar(), followerGrid());
        load();
    }

    private IntegerField days(String labelKey) {
        IntegerField field = new IntegerField(getTranslation(labelKey));
        field.setMin(1);
        field.setMax(ReminderSettingsService.MAX_DAYS);
        field.setStepButtonsVisible(true);
        field.setSuffixComponent(new Span(getTranslation("reminder.days")));
        return field;
    }

    private void load() {
        ReminderSettings current = settings.current();
        ReminderRules rules = current.rules();
        version = current.version();
        daysBefore.setValue(rules.daysBefore().stream().map(String::valueOf).collect(Collectors.joining(", ")));
        onTheDay.setValue(rules.onTheDay());
        everyOverdueDays.setValue(rules.everyOverdueDays());
        leadersAfterDays.setValue(rules.leadersAfterDays());
        followerAfterDays.setValue(rules.followerAfterDays());
        reportDaysBefore.setValue(rules.reportDaysBefore());
        waitingDays.setValue(rules.waitingDays());
        lastChange.setText(current.updatedBy() == null ? getTranslation("reminder.defaults")
                : getTranslation("reminder.lastChange", current.updatedBy(),
                        Formats.DATE_TIME.format(current.updatedAt().atZone(PortalTime.ZONE))));
        followers.setItems(settings.followers());
    }

    private void save() {
        Optional<List<Integer>> windows = windows(daysBefore.getValue());
        if (windows.isEmpty()) {
            daysBefore.setErrorMessage(getTranslation("reminder.validation.windowsFormat"));
            daysBefore.setInvalid(true);
            return;
        }
        ReminderRules rules = new ReminderRules(windows.get(), onTheDay.getValue(), value(everyOverdueDays),
                value(leadersAfterDays), value(followerAfterDays), value(reportDaysBefore), value(waitingDays));
        FieldErrors errors = new FieldErrors(this).bind("daysBefore", daysBefore).bind("everyOverdueDays", everyOverdueDays)
                .bind("leadersAfterDays", leadersAfterDays).bind("followerAfterDays", followerAfterDays)
                .bind("reportDaysBefore", reportDaysBefore).bind("waitingDays", waitingDays);
        if (errors.attempt(() -> settings.update(rules, version))) {
            Messages.success(this, "reminder.saved");
            load();
        }
    }

    /** "7, 3" → [7, 3]; empty when a part is not a whole number. */
    private static Optional<List<Integer>> windows(String text) {
        List<Integer> windows = new ArrayList<>();
        for (String part : text.split("[,;\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            if (!part.matches("\\d{1,3}")) {
                return Optional.empty();
            }
            windows.add(Integer.valueOf(part));
        }
        return Optional.of(windows);
    }

    /** A field left empty or holding text counts as 0, which the rules refuse with their message. */
    private static int value(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }

    private HorizontalLayout followerBar() {
        follower.setLabel(getTranslation("reminder.follower"));
        follower.setItems(settings.possibleFollowers());
        follower.setClearButtonVisible(true);
        Button assign = new Button(getTranslation("reminder.follower.assign"), VaadinIcon.USER_CHECK.create(),
                click -> assign(follower.getValue()));
        assign.addClassName("assign-follower");
        Button remove = new Button(getTranslation("reminder.follower.remove"), VaadinIcon.CLOSE_SMALL.create(), click -> assign(null));
        remove.addClassName("remove-follower");
        HorizontalLayout bar = new HorizontalLayout(follower, assign, remove);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        return bar;
    }

    private Grid<AgencyFollower> followerGrid() {
        followers.setSelectionMode(Grid.SelectionMode.MULTI);
        followers.addColumn(row -> row.agency().label().in(getLocale())).setHeader(getTranslation("agency.field.name"))
                .setFlexGrow(3);
        followers.addColumn(row -> getTranslation(row.agency().group().messageKey())).setHeader(getTranslation("reminder.field.group"))
                .setAutoWidth(true);
        followers.addColumn(row -> row.username() == null ? getTranslation("reminder.follower.none") : row.username())
                .setHeader(getTranslation("reminder.follower")).setAutoWidth(true);
        followers.addThemeVariants(GridVariant.LUMO_COMPACT);
        followers.setHeight("50vh");
        followers.addClassName("followers-grid");
        return followers;
    }

    private void assign(String username) {
        List<Long> agencies = followers.getSelectedItems().stream().map(row -> row.agency().id()).toList();
        FieldErrors errors = new FieldErrors(this).bind("follower", follower);
        if (errors.attempt(() -> settings.assignFollower(agencies, username))) {
            Messages.success(this, username == null ? "reminder.follower.removed" : "reminder.follower.assigned", agencies.size());
            followers.deselectAll();
            load();
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("nav.reminderRules"));
    }
}
