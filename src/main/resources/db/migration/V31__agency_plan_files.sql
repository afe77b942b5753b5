-- The plan document as the agency's head signed it (a PDF), kept in the file store beside the plan's rows: one per
-- plan document, replaced while the document is a draft.
CREATE TABLE agency_plan_file (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    plan_id       BIGINT       NOT NULL,
    file_name     VARCHAR(255) NOT NULL,
    kind          VARCHAR(8)   NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    sha256        CHAR(64)     NOT NULL,
    storage_key   VARCHAR(64)  NOT NULL,
    uploaded_by   VARCHAR(64)  NOT NULL,
    uploaded_at   TIMESTAMP(6) NOT NULL,
    CONSTRAINT fk_agency_plan_file FOREIGN KEY (plan_id) REFERENCES agency_plan (id),
    CONSTRAINT uk_agency_plan_file UNIQUE (plan_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;
