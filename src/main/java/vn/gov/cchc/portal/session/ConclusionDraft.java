package vn.gov.cchc.portal.session;

public record ConclusionDraft(String text, Long agendaItemId) {
}
