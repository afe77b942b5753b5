package vn.gov.cchc.portal.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;
import vn.gov.cchc.portal.brief.BriefDetails;
import vn.gov.cchc.portal.brief.BriefService;
import vn.gov.cchc.portal.brief.BriefStatus;
import vn.gov.cchc.portal.brief.IssueRequest;
import vn.gov.cchc.portal.document.Signer;
import vn.gov.cchc.portal.document.SignerDraft;
import vn.gov.cchc.portal.document.SignerService;
import vn.gov.cchc.portal.inspection.Conclusion;
import vn.gov.cchc.portal.inspection.ConclusionNoticeService;
import vn.gov.cchc.portal.inspection.IssueNotice;
import vn.gov.cchc.portal.security.Role;
import vn.gov.cchc.portal.user.UserSummary;

/** Issuing documents as the secretariat does it: a head of the secretariat approves a draft someone else wrote, then issues it. */
@Component
public class TestDocuments {

    private final BriefService briefs;
    private final SignerService signers;
    private final TestUsers users;
    private final ConclusionNoticeService notices;

    TestDocuments(BriefService briefs, SignerService signers, TestUsers users, ConclusionNoticeService notices) {
        this.notices = notices;
        this.briefs = briefs;
        this.signers = signers;
        this.users = users;
    }

    /**
     * A new head approves the brief (unless it is approved already) and issues it, signed by the register's Chánh Văn
     * phòng in office that day.
     */
    public BriefDetails approveAndIssue(long briefId, String number, LocalDate on) {
        UserSummary head = users.createHead();
        return users.callAs(head, () -> {
            BriefDetails draft = briefs.get(briefId);
            BriefDetails approved = draft.summary().status() == BriefStatus.APPROVED ? draft
                    : briefs.approve(briefId, draft.summary().version());
            return briefs.issue(briefId, approved.summary().version(), new IssueRequest(number, on, signerOn(on)));
        });
    }

    /** A new head approves the inspection's conclusion notice and issues it, signed by the register's signer of that day. */
    public Conclusion approveAndIssueNotice(long conclusionId, long version, String number, LocalDate on) {
        long signer = signerOn(on);
        return users.callAs(users.createHead(), () -> {
            Conclusion approved = notices.approve(conclusionId, version);
            return notices.issue(conclusionId, approved.version(), new IssueNotice(number, on, signer));
        });
    }

    /**
     * The id of the register's Chánh Văn phòng in office on the day (or else anyone in office); for a day the demo's
     * register does not cover, an administrator adds a test signer in office around it.
     */
    public long signerOn(LocalDate on) {
        return users.callAs(users.createHead(), () -> signers.inOfficeOn(on).stream()
                .sorted(Comparator.comparing(signer -> !signer.position().equals("Chánh Văn phòng")))
                .findFirst().map(Signer::id)
                .orElseGet(() -> users.callAs(users.create(Role.ADMIN, null), () -> signers.add(new SignerDraft(
                        "Người ký thử " + on.getYear(), "Chánh Văn phòng", on.minusMonths(6), on.plusMonths(6))).id())));
    }

    /**
     * What poppler's {@code pdfsig} says of a PDF's signatures (the Debian package poppler-utils; {@code .ci/run}
     * installs it): "Signature is Valid." and "Total document signed" for an untouched signed file.
     */
    public static String pdfsig(byte[] pdf) throws IOException, InterruptedException {
        Path file = Files.createTempFile("signed-", ".pdf");
        try {
            Files.write(file, pdf);
            Process process = new ProcessBuilder("pdfsig", "-nocert", file.toString()).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("pdfsig did not answer");
            }
            return output;
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
