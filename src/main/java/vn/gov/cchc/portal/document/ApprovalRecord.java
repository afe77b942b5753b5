package vn.gov.cchc.portal.document;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Who drafted a state document and who approved it when, as its entity keeps it ({@code drafted_by},
 * {@code approved_by}, {@code approved_at}); the rule over it is {@link Approval}.
 */
@Embeddable
public class ApprovalRecord {

    @Column(name = "drafted_by", length = 64)
    private @Nullable String draftedBy;

    @Column(name = "approved_by", length = 64)
    private @Nullable String approvedBy;

    @Column(name = "approved_at")
    private @Nullable Instant approvedAt;

    protected ApprovalRecord() {
    }

    public static ApprovalRecord draftedBy(String username) {
        ApprovalRecord record = new ApprovalRecord();
        record.draftedBy = username;
        return record;
    }

    /** The document was changed by {@code username}: its drafter now, and no longer approved. */
    public void redrafted(String username) {
        this.draftedBy = username;
        this.approvedBy = null;
        this.approvedAt = null;
    }

    /** Approves for {@code username}, refused when they drafted it ({@link Approval#requireOtherThanDrafter}). */
    public void approve(String username, Instant at) {
        Approval.requireOtherThanDrafter(draftedBy == null ? "" : draftedBy, username);
        this.approvedBy = username;
        this.approvedAt = at;
    }

    public @Nullable String draftedBy() {
        return draftedBy;
    }

    public @Nullable String approvedBy() {
        return approvedBy;
    }

    public @Nullable Instant approvedAt() {
        return approvedAt;
    }
}
