-- Issue 27: state documents are drafted, approved by a head of the secretariat, issued with a signer from the
-- register and a PAdES-signed PDF (ADR 0023).

-- The head of the secretariat (Lãnh đạo Văn phòng): approves and issues briefs and conclusion notices.
ALTER TABLE user_account_role DROP CONSTRAINT ck_user_account_role;
ALTER TABLE user_account_role ADD CONSTRAINT ck_user_account_role
    CHECK (role IN ('ADMIN', 'SECRETARIAT', 'SECRETARIAT_HEAD', 'COMMITTEE_MEMBER', 'AGENCY_LEADER', 'AGENCY_OFFICER'));

-- Who may sign the committee's documents, in which position, from when to when (kept by administrators).
CREATE TABLE document_signer (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name       VARCHAR(120) NOT NULL,
    position   VARCHAR(255) NOT NULL,
    valid_from DATE         NOT NULL,
    valid_to   DATE         NULL,
    version    BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT ck_document_signer_dates CHECK (valid_to IS NULL OR valid_to >= valid_from)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

-- Briefs: who drafted (compiled or last wrote), who approved and when, the signer's register entry and position as
-- printed, and the signed PDF as issued.
ALTER TABLE brief
    ADD COLUMN drafted_by      VARCHAR(64)  NULL,
    ADD COLUMN approved_by     VARCHAR(64)  NULL,
    ADD COLUMN approved_at     DATETIME(6)  NULL,
    ADD COLUMN signer_id       BIGINT       NULL,
    ADD COLUMN signer_position VARCHAR(255) NULL,
    ADD COLUMN signed_pdf      LONGBLOB     NULL,
    ADD CONSTRAINT fk_brief_signer FOREIGN KEY (signer_id) REFERENCES document_signer (id);
ALTER TABLE brief_aud
    ADD COLUMN drafted_by      VARCHAR(64)  NULL,
    ADD COLUMN approved_by     VARCHAR(64)  NULL,
    ADD COLUMN approved_at     DATETIME(6)  NULL,
    ADD COLUMN signer_id       BIGINT       NULL,
    ADD COLUMN signer_position VARCHAR(255) NULL;

-- Conclusion notices of inspections: the same.
ALTER TABLE inspection_conclusion DROP CONSTRAINT ck_conclusion_status;
ALTER TABLE inspection_conclusion DROP CONSTRAINT ck_conclusion_issued;
ALTER TABLE inspection_conclusion
    ADD COLUMN drafted_by      VARCHAR(64)  NULL,
    ADD COLUMN approved_by     VARCHAR(64)  NULL,
    ADD COLUMN approved_at     DATETIME(6)  NULL,
    ADD COLUMN signer_id       BIGINT       NULL,
    ADD COLUMN signer_position VARCHAR(255) NULL,
    ADD COLUMN signed_pdf      LONGBLOB     NULL,
    ADD CONSTRAINT fk_conclusion_signer FOREIGN KEY (signer_id) REFERENCES document_signer (id),
    ADD CONSTRAINT ck_conclusion_status CHECK (status IN ('DRAFT', 'APPROVED', 'ISSUED', 'SUPERSEDED')),
    ADD CONSTRAINT ck_conclusion_issued CHECK (status IN ('DRAFT', 'APPROVED')
        OR (doc_number IS NOT NULL AND issued_on IS NOT NULL AND signer IS NOT NULL));
ALTER TABLE inspection_conclusion_aud
    ADD COLUMN drafted_by      VARCHAR(64)  NULL,
    ADD COLUMN approved_by     VARCHAR(64)  NULL,
    ADD COLUMN approved_at     DATETIME(6)  NULL,
    ADD COLUMN signer_id       BIGINT       NULL,
    ADD COLUMN signer_position VARCHAR(255) NULL;
