/**
 * Uploaded files: their type checked by content (not by name), a size limit, OOXML containers opened with
 * POI's zip-bomb guards, and storage on disk outside the database rows that list them, with a SHA-256 checksum.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Storage")
@org.jspecify.annotations.NullMarked
package vn.gov.cchc.portal.storage;
