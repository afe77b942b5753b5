package vn.gov.cchc.portal.brief;

/** A brief with its narratives and content (live for a draft, the frozen snapshot once issued). */
public record BriefDetails(BriefSummary summary, int topN, Narratives narratives, BriefContent content) {
}
