/** The notification bell, the one UI piece other modules' layouts embed. */
@org.springframework.modulith.NamedInterface("ui")
@org.jspecify.annotations.NullMarked
package vn.gov.cchc.portal.notification.ui;
