/**
 * Files on disk with their checksums, and the rows that list them.
 */
@org.jspecify.annotations.NullMarked
package vn.gov.cchc.portal.storage.internal;
