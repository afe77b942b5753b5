package vn.gov.cchc.portal.plan.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.cchc.portal.agency.AgencyNames;
import vn.gov.cchc.portal.agency.AgencyService;
import vn.gov.cchc.portal.agency.AgencySummary;
import vn.gov.cchc.portal.common.ConcurrentEditException;
import vn.gov.cchc.portal.common.DocumentRef;
import vn.gov.cchc.portal.common.FileContent;
import vn.gov.cchc.portal.common.NotFoundException;
import vn.gov.cchc.portal.common.ValidationException;
import vn.gov.cchc.portal.plan.PlanRecord;
import vn.gov.cchc.portal.spreadsheet.SheetReader.SheetRow;
import vn.gov.cchc.portal.storage.FileKind;
import vn.gov.cchc.portal.storage.FileStore;
import vn.gov.cchc.portal.storage.IncomingFile;
import vn.gov.cchc.portal.storage.StoredFile;
import vn.gov.cchc.portal.task.PlanOwner;
import vn.gov.cchc.portal.task.PlanTasks;

/** What both sides of the plans share: finding a plan, its owner, its kept rows, and the records with their task counts. */
@Component
public class PlanRecords {

    private static final TypeReference<List<SheetRow>> ROWS = new TypeReference<>() {
    };

    private final AgencyPlanRepository plans;
    private final AgencyService agencies;
    private final PlanTasks tasks;
    private final JsonMapper json;
    private final SignedPlanFileRepository signedFiles;
    private final FileStore files;

    PlanRecords(AgencyPlanRepository plans, AgencyService agencies, PlanTasks tasks, JsonMapper json,
            SignedPlanFileRepository signedFiles, FileStore files) {
        this.signedFiles = signedFiles;
        this.files = files;
        this.plans = plans;
        this.agencies = agencies;
        this.tasks = tasks;
        this.json = json;
    }

    public AgencyPlan plan(long id) {
        return plans.findById(id).orElseThrow(NotFoundException::new);
    }

    /** @throws ConcurrentEditException when someone changed the plan since the caller read it */
    public static void requireVersion(AgencyPlan plan, long version) {
        if (plan.getVersion() != version) {
            throw new ConcurrentEditException();
        }
    }

    /** The agency as the reader needs it: whose plan, of which year. */
    public PlanOwner owner(long agencyId, int year) {
        AgencySummary agency = agencies.names().byId(agencyId);
        return new PlanOwner(agency.id(), agency.nameVi(), year);
    }

    /** Whether the agency was active on any day of the year (a province merged in July 2025 still planned 2025). */
    public boolean activeIn(long agencyId, int year) {
        AgencySummary agency = agencies.names().byId(agencyId);
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        return (agency.validFrom() == null || !agency.validFrom().isAfter(last))
                && (agency.validTo() == null || !agency.validTo().isBefore(first));
    }

    public String rows(List<SheetRow> rows) {
        return json.writeValueAsString(rows);
    }

    public List<SheetRow> rows(AgencyPlan plan) {
        return plan.getSourceRows() == null ? List.of() : json.readValue(plan.getSourceRows(), ROWS);
    }

    public DocumentRef document(AgencyPlan plan) {
        return new DocumentRef(plan.getDocNumber(), plan.getDocDate(), plan.getDocSigner());
    }

    public List<PlanRecord> records(Collection<AgencyPlan> list) {
        List<Long> ids = list.stream().map(AgencyPlan::getId).toList();
        Map<Long, Integer> counts = tasks.countByPlan(ids);
        Map<Long, String> signed = new HashMap<>();
        if (!ids.isEmpty()) {
            signedFiles.findByPlanIdIn(ids).forEach(file -> signed.put(file.getPlanId(), file.getFile().getFileName()));
        }
        AgencyNames names = agencies.names();
        return list.stream().map(plan -> plan.toRecord(names.byId(plan.getAgencyId()).nameVi(),
                counts.getOrDefault(plan.getId(), 0), signed.get(plan.getId()))).toList();
    }

    /** The signed document's file of a plan document, if the agency attached one. */
    public FileContent signedFile(AgencyPlan plan) {
        return signedFiles.findByPlanId(plan.getId()).map(file -> files.content(file.getFile()))
                .orElseThrow(NotFoundException::new);
    }

    /** Keeps the signed document's file (a PDF), replacing the one attached before (removed once this commits). */
    public void attachSigned(AgencyPlan plan, IncomingFile incoming, String by, Instant at) {
        StoredFile stored = files.store(incoming, by, at);
        if (stored.getKind() != FileKind.PDF) {
            throw new ValidationException("file", "plan.validation.signedPdf");
        }
        Optional<SignedPlanFile> existing = signedFiles.findByPlanId(plan.getId());
        if (existing.isPresent()) {
            files.deleteAfterCommit(existing.get().getFile());
            existing.get().replace(stored);
        } else {
            signedFiles.save(new SignedPlanFile(plan.getId(), stored));
        }
    }

    public PlanRecord record(AgencyPlan plan) {
        return records(List.of(plan)).getFirst();
    }
}
