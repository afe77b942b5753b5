package vn.gov.cchc.portal.inspection;

/** What a paragraph of the findings says: a result (kết quả), a limitation (hạn chế), or a cause (nguyên nhân). */
public enum FindingKind {
    RESULT,
    LIMITATION,
    CAUSE;

    public String messageKey() {
        return "inspection.finding.kind." + name();
    }
}
