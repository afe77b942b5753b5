package vn.gov.cchc.portal.task;

/**
 * The agency whose own plan of {@code year} a file is: every task it sets out is the agency's own (its units in
 * charge are kept as text), and its deadlines are read in that year.
 */
public record PlanOwner(long agencyId, String agencyName, int year) {
}
