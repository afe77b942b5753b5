package vn.gov.cchc.portal.task.internal;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.gov.cchc.portal.agency.AgencyName;
import vn.gov.cchc.portal.agency.AgencySummary;

/** An agency's label from the registry's index ({@code AgencyService.byId()}), for the rows that read tasks. */
public final class AgencyIndex {

    private AgencyIndex() {
    }

    /** The agency's label, or none for no agency or one the index does not hold. */
    public static @Nullable AgencyName name(Map<Long, AgencySummary> agencyById, @Nullable Long id) {
        AgencySummary agency = id == null ? null : agencyById.get(id);
        return agency == null ? null : agency.label();
    }
}
