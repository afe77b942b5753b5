/**
 * Spreadsheets in and out (XLSX, Apache POI): lists and figures written as real spreadsheets — Vietnamese headers,
 * real dates and numbers with dd/MM/yyyy and 35,03 % formats, a frozen header row with filters — streamed so that
 * a list of any length keeps a small heap.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Spreadsheets")
@org.jspecify.annotations.NullMarked
package vn.gov.cchc.portal.spreadsheet;
