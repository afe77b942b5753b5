/** The application shell: main layout with role-aware navigation, and the home view. */
@org.springframework.modulith.ApplicationModule(displayName = "Shell")
@org.jspecify.annotations.NullMarked
package vn.gov.cchc.portal.shell;
