package vn.gov.cchc.portal.session;

public record AgendaItem(long id, int position, String title, String presenter, Integer plannedMinutes, long version) {
}
