/**
 * Infrastructure: the embedded MariaDB used by the default run and by the tests.
 * Production points at an external MariaDB through {@code spring.datasource.*}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Database")
@org.jspecify.annotations.NullMarked
package vn.gov.cchc.portal.database;
