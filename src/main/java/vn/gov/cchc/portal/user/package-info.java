/** User accounts: who may sign in, with which roles, for which agency. Administered by administrators. */
@org.springframework.modulith.ApplicationModule(displayName = "Users")
package vn.gov.cchc.portal.user;
