package vn.gov.cchc.portal.spreadsheet;

/** What a column holds, which decides the cell's type and number format. */
public enum CellKind {
    /** Text, as is. */
    TEXT,
    /** A whole number, shown 2.054 (in a Vietnamese Excel). */
    INTEGER,
    /** A date ({@link java.time.LocalDate}), a real date cell shown dd/MM/yyyy. */
    DATE,
    /** A fraction (0,3503 for 35,03 %), shown as a percentage with two decimals. */
    PERCENT,
    /** A decimal ({@link java.math.BigDecimal}: a score, or a percentage as published, 95,50), shown with two decimals. */
    DECIMAL
}
