/** The notification bell, the one UI piece other modules' layouts embed. */
@org.springframework.modulith.NamedInterface("ui")
package vn.gov.cchc.portal.notification.ui;
