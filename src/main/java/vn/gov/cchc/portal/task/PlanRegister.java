package vn.gov.cchc.portal.task;

import vn.gov.cchc.portal.common.DocumentRef;

/**
 * Where tasks entered in bulk (the demo's plans, generated data at scale) find the agency's plan they belong to:
 * the plan module records the agency's plan of the year as received, once, and gives its id.
 */
public interface PlanRegister {

    /** The id of the agency's plan of {@code year}: its received plan, recorded now with this document if it has none. */
    long received(long agencyId, int year, DocumentRef document);
}
