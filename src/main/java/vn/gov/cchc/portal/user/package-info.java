/** User accounts: who may sign in, with which roles, for which agency. Administered by administrators. */
@org.springframework.modulith.ApplicationModule(displayName = "Users")
@org.jspecify.annotations.NullMarked
package vn.gov.cchc.portal.user;
