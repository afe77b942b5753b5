package vn.gov.cchc.portal.warning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.common.ui.FieldErrors;
import vn.gov.cchc.portal.common.ui.Messages;
import vn.gov.cchc.portal.common.ui.PageTitles;
import vn.gov.cchc.portal.security.Roles;
import vn.gov.cchc.portal.warning.RiskRules;
import vn.gov.cchc.portal.warning.RiskSettings;
import vn.gov.cchc.portal.warning.RiskSettingsService;
import vn.gov.cchc.portal.warning.WarningLinks;

/** The secretariat's early-warning rule: when a task in progress counts as at risk of being late. */
@Route(WarningLinks.RULES)
@RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
@Menu(order = 43, icon = "vaadin:exclamation-circle-o", title = "warning.rules")
class RiskRulesView extends Main implements HasDynamicTitle {

    private final RiskSettingsService settings;
    private final IntegerField silentDays = number("warning.field.silentDays", 1, RiskRules.MAX_DAYS);
    private final IntegerField behindPoints = number("warning.field.behindPoints", 1, 99);
    private final IntegerField behindAfterPercent = number("warning.field.behindAfterPercent", 1, 99);
    private final IntegerField closeDays = number("warning.field.closeDays", 0, RiskRules.MAX_DAYS);
    private final IntegerField closeBelowPercent = number("warning.field.closeBelowPercent", 1, 99);
    private final Checkbox refusedOrReturned = new Checkbox();
    private final Paragraph lastChange = new Paragraph();
    private long version;

    RiskRulesView(RiskSettingsService settings) {
        this.settings = settings;
        addClassName("risk-rules-view");
        refusedOrReturned.setLabel(getTranslation("warning.field.refusedOrReturned"));
        FormLayout form = new FormLayout(silentDays, behindPoints, behindAfterPercent, closeDays, closeBelowPercent,
                refusedOrReturned);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        Button save = new Button(getTranslation("warning.rules.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("warning.rules")), new Paragraph(getTranslation("warning.rules.intro")), form, save, lastChange);
        load();
    }

    private IntegerField number(String labelKey, int min, int max) {
        IntegerField field = new IntegerField(getTranslation(labelKey));
        field.setMin(min);
        field.setMax(max);
        field.setStepButtonsVisible(true);
        return field;
    }

    private void load() {
        RiskSettings current = settings.current();
        RiskRules rules = current.rules();
        version = current.version();
        silentDays.setValue(rules.silentDays());
        behindPoints.setValue(rules.behindPoints());
        behindAfterPercent.setValue(rules.behindAfterPercent());
        closeDays.setValue(rules.closeDays());
        closeBelowPercent.setValue(rules.closeBelowPercent());
        refusedOrReturned.setValue(rules.refusedOrReturned());
        lastChange.setText(current.updatedBy() == null || current.updatedAt() == null ? ""
                : getTranslation("warning.rules.lastChange", current.updatedBy(),
                        Formats.DATE_TIME.format(current.updatedAt().atZone(PortalTime.ZONE))));
    }

    private void save() {
        RiskRules rules = new RiskRules(value(silentDays), value(behindPoints), value(behindAfterPercent), value(closeDays),
                value(closeBelowPercent), refusedOrReturned.getValue());
        FieldErrors errors = new FieldErrors(this).bind("silentDays", silentDays).bind("behindPoints", behindPoints)
                .bind("behindAfterPercent", behindAfterPercent).bind("closeDays", closeDays)
                .bind("closeBelowPercent", closeBelowPercent);
        if (errors.attempt(() -> settings.update(rules, version))) {
            Messages.success(this, "warning.rules.saved");
            load();
        }
    }

    /** A field left empty (or holding what is not a whole number) counts as -1, which the rule refuses with its message. */
    private static int value(IntegerField field) {
        return field.getValue() == null ? -1 : field.getValue();
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("warning.rules"));
    }
}
