/** The application shell: main layout with role-aware navigation, and the home view. */
@org.springframework.modulith.ApplicationModule(displayName = "Shell")
package vn.gov.cchc.portal.shell;
