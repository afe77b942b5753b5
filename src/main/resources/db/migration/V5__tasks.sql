-- Reform tasks. A directive to many agencies is a parent row (no lead agency) with one child per agency.
CREATE TABLE task (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    parent_id         BIGINT        NULL,
    directive         BOOLEAN       NOT NULL DEFAULT FALSE,
    conclusion_id     BIGINT        NULL,
    session_id        BIGINT        NULL,
    doc_number        VARCHAR(64)   NULL,
    doc_date          DATE          NULL,
    doc_signer        VARCHAR(255)  NULL,
    doc_excerpt       VARCHAR(2000) NULL,
    title             VARCHAR(500)  NOT NULL,
    description       VARCHAR(4000) NULL,
    area              VARCHAR(24)   NOT NULL,
    lead_agency_id    BIGINT        NULL,
    assigned_on       DATE          NOT NULL,
    original_deadline DATE          NULL,
    deadline          DATE          NULL,
    product           VARCHAR(1000) NULL,
    priority          VARCHAR(8)    NOT NULL,
    plan_year         INT           NOT NULL,
    state             VARCHAR(24)   NOT NULL,
    search_text       VARCHAR(1200) NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_task_parent FOREIGN KEY (parent_id) REFERENCES task (id),
    CONSTRAINT fk_task_conclusion FOREIGN KEY (conclusion_id) REFERENCES session_conclusion (id),
    CONSTRAINT fk_task_session FOREIGN KEY (session_id) REFERENCES committee_session (id),
    CONSTRAINT fk_task_lead FOREIGN KEY (lead_agency_id) REFERENCES agency (id),
    CONSTRAINT ck_task_lead CHECK (directive OR lead_agency_id IS NOT NULL),
    CONSTRAINT ck_task_deadline CHECK (original_deadline IS NULL OR original_deadline >= assigned_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

CREATE INDEX ix_task_lead ON task (lead_agency_id, directive, id);
CREATE INDEX ix_task_area ON task (area, directive, id);
CREATE INDEX ix_task_session ON task (session_id, directive, id);
CREATE INDEX ix_task_deadline ON task (deadline, id);
CREATE INDEX ix_task_parent ON task (parent_id);
CREATE INDEX ix_task_directive ON task (directive, id);
CREATE INDEX ix_task_plan_year ON task (plan_year, directive, id);

CREATE TABLE task_support (
    task_id   BIGINT NOT NULL,
    agency_id BIGINT NOT NULL,
    PRIMARY KEY (task_id, agency_id),
    CONSTRAINT fk_support_task FOREIGN KEY (task_id) REFERENCES task (id),
    CONSTRAINT fk_support_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

CREATE INDEX ix_support_agency ON task_support (agency_id, task_id);

-- The append-only history: one row per event, never updated.
CREATE TABLE task_event (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    task_id            BIGINT        NOT NULL,
    type               VARCHAR(24)   NOT NULL,
    occurred_at        DATETIME(6)   NOT NULL,
    effective_on       DATE          NOT NULL,
    actor              VARCHAR(64)   NOT NULL,
    note               VARCHAR(2000) NULL,
    new_deadline       DATE          NULL,
    document_ref       VARCHAR(255)  NULL,
    from_agency_id     BIGINT        NULL,
    to_agency_id       BIGINT        NULL,
    percent_done       INT           NULL,
    related_task_id    BIGINT        NULL,
    CONSTRAINT fk_event_task FOREIGN KEY (task_id) REFERENCES task (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

CREATE INDEX ix_event_task ON task_event (task_id, id);

-- The status engine's projection of each task's history: who held it, in which state, under which deadline,
-- from which day. Rewritten from the history on every event; lets "as of any date" be answered in SQL.
CREATE TABLE task_span (
    id                 BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    task_id            BIGINT      NOT NULL,
    from_date          DATE        NOT NULL,
    to_date            DATE        NULL,
    state              VARCHAR(24) NOT NULL,
    agency_id          BIGINT      NOT NULL,
    original_deadline  DATE        NULL,
    effective_deadline DATE        NULL,
    completed_on       DATE        NULL,
    CONSTRAINT fk_span_task FOREIGN KEY (task_id) REFERENCES task (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

CREATE INDEX ix_span_task ON task_span (task_id, from_date);
CREATE INDEX ix_span_agency ON task_span (agency_id, from_date, to_date);

CREATE TABLE task_aud (
    id                BIGINT        NOT NULL,
    rev               BIGINT        NOT NULL,
    revtype           TINYINT       NULL,
    title             VARCHAR(500)  NULL,
    description       VARCHAR(4000) NULL,
    area              VARCHAR(24)   NULL,
    lead_agency_id    BIGINT        NULL,
    original_deadline DATE          NULL,
    deadline          DATE          NULL,
    product           VARCHAR(1000) NULL,
    priority          VARCHAR(8)    NULL,
    plan_year         INT           NULL,
    state             VARCHAR(24)   NULL,
    doc_number        VARCHAR(64)   NULL,
    doc_date          DATE          NULL,
    doc_signer        VARCHAR(255)  NULL,
    doc_excerpt       VARCHAR(2000) NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_task_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;
