package vn.gov.cchc.portal.session;

public record AgendaItemDraft(String title, String presenter, Integer plannedMinutes) {
}
