/**
 * Shared building blocks every module may use: formats, the portal's exceptions (which carry an i18n key
 * instead of text) and small UI helpers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Common", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@org.jspecify.annotations.NullMarked
package vn.gov.cchc.portal.common;
