/**
 * Backups of the database (MariaDB's own mariadb-dump) and of the uploaded files, on a schedule and on demand, with
 * a retention; and the restore command. See docs/decisions/0013-hardening.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Backups")
@org.jspecify.annotations.NullMarked
package vn.gov.cchc.portal.backup;
