package vn.gov.cchc.portal.warning;

/** The risk rule's settings were changed (every task's risk is computed again once the change commits). */
public record RiskSettingsChanged(RiskRules rules) {
}
