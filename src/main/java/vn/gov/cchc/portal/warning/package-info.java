/**
 * Early warning: the open tasks that risk being late, named before their deadline. One pure rule ({@link
 * vn.gov.cchc.portal.warning.RiskRule}) with settings the secretariat edits says which condition a task meets and the
 * figures behind it, as of any date (from the history as it stood that day). See ADR 0026.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Early warning")
@org.jspecify.annotations.NullMarked
package vn.gov.cchc.portal.warning;
