package vn.gov.cchc.portal.task.internal;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.gov.cchc.portal.agency.AgencyFilter;
import vn.gov.cchc.portal.agency.AgencyName;
import vn.gov.cchc.portal.agency.AgencyService;
import vn.gov.cchc.portal.agency.AgencySummary;

/** Every agency of the registry by id (past ones too: old tasks name them), to label the rows that read tasks. */
@Component
public class AgencyIndex {

    private final AgencyService agencies;

    AgencyIndex(AgencyService agencies) {
        this.agencies = agencies;
    }

    public Map<Long, AgencySummary> byId() {
        return agencies.list(AgencyFilter.all()).stream().collect(Collectors.toMap(AgencySummary::id, Function.identity()));
    }

    /** The agency's label, or none for no agency or one the index does not hold. */
    public static @Nullable AgencyName name(Map<Long, AgencySummary> agencyById, @Nullable Long id) {
        AgencySummary agency = id == null ? null : agencyById.get(id);
        return agency == null ? null : agency.label();
    }
}
