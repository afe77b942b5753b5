-- The agencies' annual reform plans (issue 28, docs/decisions/0024-planned-means-the-agencies-plans.md). A plan
-- (sequence 0) and its amendments (1, 2, ...) are each a document of the agency: drafted by an officer from the
-- plan file, submitted by the leader, received by the secretariat (or returned with a reason). The file's rows are
-- kept as read until the secretariat receives the document; then its tasks are created, each naming the document.
CREATE TABLE agency_plan (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    agency_id       BIGINT        NOT NULL,
    plan_year       INT           NOT NULL,
    sequence        INT           NOT NULL,
    doc_number      VARCHAR(64)   NULL,
    doc_date        DATE          NULL,
    doc_signer      VARCHAR(255)  NULL,
    summary         VARCHAR(2000) NULL,
    file_name       VARCHAR(255)  NULL,
    source_rows     LONGTEXT      NULL,
    row_count       INT           NOT NULL DEFAULT 0,
    state           VARCHAR(16)   NOT NULL,
    return_reason   VARCHAR(2000) NULL,
    created_by      VARCHAR(100)  NOT NULL,
    created_at      TIMESTAMP(6)  NOT NULL,
    submitted_by    VARCHAR(100)  NULL,
    submitted_at    TIMESTAMP(6)  NULL,
    decided_by      VARCHAR(100)  NULL,
    decided_at      TIMESTAMP(6)  NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_agency_plan_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT uk_agency_plan UNIQUE (agency_id, plan_year, sequence)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

CREATE INDEX ix_agency_plan_year ON agency_plan (plan_year, state);

-- The secretariat's call for a year's plans: by when the agencies must submit them.
CREATE TABLE plan_call (
    plan_year   INT          NOT NULL PRIMARY KEY,
    due_on      DATE         NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

-- A task set out by an agency's plan (or an amendment) names it; every other task came from another source
-- (a directive, a session's conclusion, an inspection's requirement).
ALTER TABLE task ADD COLUMN plan_id BIGINT NULL;
CREATE INDEX ix_task_plan ON task (plan_id);

-- The figures count "planned" from the plans, and the tasks of other sources on their own line: the covering
-- index of the figures leads with the source (both sources together are two ranges of it).
ALTER TABLE task_span ADD COLUMN in_plan BOOLEAN NOT NULL DEFAULT FALSE;
DROP INDEX ix_span_figures ON task_span;
CREATE INDEX ix_span_figures ON task_span (in_plan, plan_date, from_date, to_date, agency_id, area, state,
                                           original_deadline, effective_deadline, completed_on);
