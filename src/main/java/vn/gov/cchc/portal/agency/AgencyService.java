package vn.gov.cchc.portal.agency;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.cchc.portal.agency.internal.Agency;
import vn.gov.cchc.portal.agency.internal.AgencyAlias;
import vn.gov.cchc.portal.agency.internal.AgencyAliasRepository;
import vn.gov.cchc.portal.agency.internal.AgencyRegistry;
import vn.gov.cchc.portal.agency.internal.AgencyRepository;
import vn.gov.cchc.portal.common.Checks;
import vn.gov.cchc.portal.common.ConcurrentEditException;
import vn.gov.cchc.portal.common.NotFoundException;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.common.TextMatch;
import vn.gov.cchc.portal.common.ValidationException;
import vn.gov.cchc.portal.security.Access;

/** Reading the agency registry is open to every signed-in user; changing it is the administrators' job. */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.AUTHENTICATED)
public class AgencyService {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,63}");

    private static final int ALIAS_MAX = 255;

    private final AgencyRepository agencies;
    private final AgencyAliasRepository aliases;
    private final AgencyRegistry registry;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AgencyService(AgencyRepository agencies, AgencyAliasRepository aliases, AgencyRegistry registry,
            ApplicationEventPublisher events, Clock clock) {
        this.agencies = agencies;
        this.aliases = aliases;
        this.registry = registry;
        this.events = events;
        this.clock = clock;
    }

    /** Every agency of the registry by id, past ones too (old tasks, tokens and accounts name them). */
    public Map<Long, AgencySummary> byId() {
        return list(AgencyFilter.all()).stream().collect(Collectors.toMap(AgencySummary::id, Function.identity()));
    }

    public List<AgencySummary> list(AgencyFilter filter) {
        Set<AgencyKind> kinds = EnumSet.noneOf(AgencyKind.class);
        Arrays.stream(AgencyKind.values())
                .filter(kind -> filter.kind() == null || filter.kind() == kind)
                .filter(kind -> filter.group() == null || filter.group() == kind.group())
                .forEach(kinds::add);
        if (kinds.isEmpty()) {
            return List.of();
        }
        return registry.all().stream()
                .filter(agency -> kinds.contains(agency.kind()))
                .filter(agency -> filter.activeOn() == null || agency.activeOn(filter.activeOn()))
                .filter(agency -> TextMatch.contains(agency.nameVi() + " " + agency.nameEn() + " " + agency.code(),
                        filter.text()))
                .toList();
    }

    /** Agencies whose validity ends within the given days from today (a merge on the way), soonest first. */
    public List<AgencySummary> endingWithin(int days) {
        LocalDate today = PortalTime.today(clock);
        return list(AgencyFilter.all()).stream()
                .filter(a -> a.validTo() != null && !a.validTo().isBefore(today) && !a.validTo().isAfter(today.plusDays(days)))
                .sorted(Comparator.comparing(AgencySummary::validTo)).toList();
    }

    public AgencyDetails details(long id) {
        Agency agency = agencies.findWithSuccessor(id).orElseThrow(NotFoundException::new);
        List<AgencySummary> predecessors = agencies.findPredecessors(id).stream().map(Agency::toSummary).toList();
        AgencySummary successor = agency.getSuccessor() == null ? null : agency.getSuccessor().toSummary();
        return new AgencyDetails(agency.toSummary(), predecessors, successor);
    }

    public Optional<AgencySummary> findByCode(String code) {
        return agencies.findByCode(code).map(Agency::toSummary);
    }

    /** Every agency's names and aliases, to find agencies by the names people write in files. */
    public AgencyNames names() {
        Map<Long, List<String>> byAgency = aliases.findAll().stream().collect(Collectors.groupingBy(
                AgencyAlias::getAgencyId, Collectors.mapping(AgencyAlias::getAlias, Collectors.toList())));
        return new AgencyNames(list(AgencyFilter.all()), byAgency);
    }

    /** The other names of an agency, in alphabetical order. */
    public List<String> aliases(long agencyId) {
        return aliases.findByAgencyIdOrderByAlias(agencyId).stream().map(AgencyAlias::getAlias).toList();
    }

    /** Adds another name of the agency; one it already has (tone marks and case aside) is refused. */
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public void addAlias(long agencyId, String alias) {
        Agency agency = agencies.findById(agencyId).orElseThrow(NotFoundException::new);
        new Checks().required("alias", alias).maxLength("alias", alias, ALIAS_MAX).throwIfAny();
        String text = alias.strip();
        if (aliases.existsByAgencyIdAndAlias(agencyId, text)
                || AgencyNames.key(text).equals(AgencyNames.key(agency.toSummary().nameVi()))) {
            throw new ValidationException("alias", "agency.alias.taken", text);
        }
        aliases.save(new AgencyAlias(agencyId, text));
    }

    @Transactional
    @PreAuthorize(Access.ADMIN)
    public void removeAlias(long agencyId, String alias) {
        aliases.deleteByAgencyIdAndAlias(agencyId, alias);
    }

    @Transactional
    @PreAuthorize(Access.ADMIN)
    public AgencySummary create(NewAgency draft) {
        String code = draft.code() == null ? "" : draft.code().strip();
        if (!CODE.matcher(code).matches()) {
            throw new ValidationException("code", "agency.validation.code");
        }
        if (agencies.existsByCode(code)) {
            throw new ValidationException("code", "agency.validation.codeTaken", code);
        }
        requireText(draft.nameVi(), "nameVi");
        requireText(draft.nameEn(), "nameEn");
        if (draft.kind() == null) {
            throw new ValidationException("kind", "validation.required");
        }
        if (draft.validFrom() != null && draft.validTo() != null && draft.validTo().isBefore(draft.validFrom())) {
            throw new ValidationException("validTo", "agency.validation.endBeforeStart");
        }
        Agency agency = new Agency(code, blankToNull(draft.gsoCode()), draft.nameVi().strip(), draft.nameEn().strip(),
                draft.kind(), draft.validFrom(), draft.validTo());
        registry.changed();
        return agencies.saveAndFlush(agency).toSummary();
    }

    /**
     * Ends the agency the day before the effective date and names its successor. Tasks and users follow through
     * the {@link AgencyMerged} event; figures for earlier dates still count the agency itself.
     */
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public AgencySummary recordMerge(AgencyMerge merge) {
        if (merge.effectiveDate() == null) {
            throw new ValidationException("effectiveDate", "validation.required");
        }
        Agency agency = agencies.findById(merge.agencyId()).orElseThrow(NotFoundException::new);
        if (agency.getVersion() != merge.agencyVersion()) {
            throw new ConcurrentEditException();
        }
        if (merge.successorId() == merge.agencyId()) {
            throw new ValidationException("successor", "agency.merge.intoItself");
        }
        Agency successor = agencies.findById(merge.successorId())
                .orElseThrow(() -> new ValidationException("successor", "agency.merge.successorNotFound"));
        LocalDate lastDay = merge.effectiveDate().minusDays(1);
        if (agency.getValidTo() != null || !agency.activeOn(lastDay)) {
            throw new ValidationException("effectiveDate", "agency.merge.agencyNotActive");
        }
        if (!successor.activeOn(merge.effectiveDate())) {
            throw new ValidationException("successor", "agency.merge.successorNotActive");
        }
        agency.mergeInto(successor, merge.effectiveDate());
        registry.changed();
        agencies.flush();
        events.publishEvent(new AgencyMerged(agency.getId(), successor.getId(), merge.effectiveDate()));
        return agency.toSummary();
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, "validation.required");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
