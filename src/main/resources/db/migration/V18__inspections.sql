-- Inspections (issue 15): the committee's yearly inspection plan, each inspection with its team, visit, findings,
-- the inspected agency's recommendations to central agencies (forwarded by the secretariat, answered by the
-- addressee or closed with a reason), and the conclusion notice whose requirements become tasks of the inspected
-- agency. An issued conclusion is never edited: a new version supersedes it, like briefs.
CREATE TABLE inspection_plan (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    plan_year       INT          NOT NULL,
    title           VARCHAR(500) NOT NULL,
    decision_number VARCHAR(64)  NOT NULL,
    decision_date   DATE         NOT NULL,
    signer          VARCHAR(255) NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_inspection_plan_year UNIQUE (plan_year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

CREATE TABLE inspection (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    plan_id              BIGINT        NOT NULL,
    agency_id            BIGINT        NOT NULL,
    planned_month        INT           NOT NULL,
    topics               VARCHAR(2000) NULL,
    lead_unit            VARCHAR(255)  NOT NULL,
    state                VARCHAR(16)   NOT NULL,
    team_decision        VARCHAR(255)  NULL,
    visit_from           DATE          NULL,
    visit_to             DATE          NULL,
    received_by          VARCHAR(2000) NULL,
    places               VARCHAR(2000) NULL,
    documents            VARCHAR(2000) NULL,
    cancel_reason        VARCHAR(2000) NULL,
    version              BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_inspection_plan FOREIGN KEY (plan_id) REFERENCES inspection_plan (id),
    CONSTRAINT fk_inspection_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT ck_inspection_month CHECK (planned_month BETWEEN 1 AND 12),
    CONSTRAINT ck_inspection_state CHECK (state IN ('PLANNED', 'UNDER_WAY', 'CONCLUDED', 'CANCELLED')),
    CONSTRAINT ck_inspection_visit CHECK (visit_to IS NULL OR visit_from IS NULL OR visit_to >= visit_from)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

CREATE INDEX ix_inspection_agency ON inspection (agency_id);

-- The inspected agency's self-inspection report and other documents it sent, kept in the file store.
CREATE TABLE inspection_file (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    inspection_id BIGINT       NOT NULL,
    file_name     VARCHAR(255) NOT NULL,
    kind          VARCHAR(8)   NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    sha256        CHAR(64)     NOT NULL,
    storage_key   VARCHAR(64)  NOT NULL,
    uploaded_by   VARCHAR(64)  NOT NULL,
    uploaded_at   TIMESTAMP(6) NOT NULL,
    CONSTRAINT fk_inspection_file FOREIGN KEY (inspection_id) REFERENCES inspection (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

CREATE TABLE inspection_area (
    inspection_id BIGINT      NOT NULL,
    area          VARCHAR(32) NOT NULL,
    PRIMARY KEY (inspection_id, area),
    CONSTRAINT fk_inspection_area FOREIGN KEY (inspection_id) REFERENCES inspection (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

CREATE TABLE inspection_member (
    inspection_id BIGINT       NOT NULL,
    position      INT          NOT NULL,
    full_name     VARCHAR(255) NOT NULL,
    title         VARCHAR(500) NULL,
    agency_name   VARCHAR(255) NULL,
    username      VARCHAR(64)  NULL,
    team_lead     BOOLEAN      NOT NULL,
    PRIMARY KEY (inspection_id, position),
    CONSTRAINT fk_inspection_member FOREIGN KEY (inspection_id) REFERENCES inspection (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

CREATE INDEX ix_inspection_member_user ON inspection_member (username);

CREATE TABLE inspection_finding (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    inspection_id BIGINT        NOT NULL,
    kind          VARCHAR(16)   NOT NULL,
    area          VARCHAR(32)   NOT NULL,
    number        INT           NOT NULL,
    text          VARCHAR(4000) NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_finding_inspection FOREIGN KEY (inspection_id) REFERENCES inspection (id),
    CONSTRAINT ck_finding_kind CHECK (kind IN ('RESULT', 'LIMITATION', 'CAUSE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

CREATE TABLE inspection_recommendation (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    inspection_id BIGINT        NOT NULL,
    number        INT           NOT NULL,
    text          VARCHAR(4000) NOT NULL,
    addressee_id  BIGINT        NOT NULL,
    state         VARCHAR(16)   NOT NULL,
    forwarded_doc VARCHAR(255)  NULL,
    forwarded_on  DATE          NULL,
    answer_due    DATE          NULL,
    answer_text   VARCHAR(4000) NULL,
    answer_doc    VARCHAR(255)  NULL,
    answered_on   DATE          NULL,
    answered_by   VARCHAR(64)   NULL,
    close_reason  VARCHAR(2000) NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_recommendation_inspection FOREIGN KEY (inspection_id) REFERENCES inspection (id),
    CONSTRAINT fk_recommendation_addressee FOREIGN KEY (addressee_id) REFERENCES agency (id),
    CONSTRAINT ck_recommendation_state CHECK (state IN ('RECORDED', 'FORWARDED', 'ANSWERED', 'CLOSED')),
    CONSTRAINT ck_recommendation_closed CHECK (state <> 'CLOSED' OR close_reason IS NOT NULL),
    CONSTRAINT ck_recommendation_answered CHECK (state <> 'ANSWERED' OR answer_text IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

CREATE INDEX ix_recommendation_addressee ON inspection_recommendation (addressee_id, state);

CREATE TABLE inspection_conclusion (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    inspection_id BIGINT        NOT NULL,
    version_no    INT           NOT NULL,
    status        VARCHAR(16)   NOT NULL,
    conclusions   VARCHAR(8000) NULL,
    doc_number    VARCHAR(64)   NULL,
    issued_on     DATE          NULL,
    signer        VARCHAR(255)  NULL,
    supersedes_id BIGINT        NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_conclusion_inspection FOREIGN KEY (inspection_id) REFERENCES inspection (id),
    CONSTRAINT uk_conclusion_version UNIQUE (inspection_id, version_no),
    CONSTRAINT ck_conclusion_status CHECK (status IN ('DRAFT', 'ISSUED', 'SUPERSEDED')),
    CONSTRAINT ck_conclusion_issued CHECK (status = 'DRAFT' OR (doc_number IS NOT NULL AND issued_on IS NOT NULL AND signer IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

CREATE TABLE conclusion_requirement (
    conclusion_id BIGINT        NOT NULL,
    number        INT           NOT NULL,
    text          VARCHAR(4000) NOT NULL,
    due_days      INT           NOT NULL,
    task_id       BIGINT        NULL,
    PRIMARY KEY (conclusion_id, number),
    CONSTRAINT fk_requirement_conclusion FOREIGN KEY (conclusion_id) REFERENCES inspection_conclusion (id),
    CONSTRAINT ck_requirement_days CHECK (due_days BETWEEN 1 AND 366)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

-- Envers audit tables of the plan, the inspection, its findings, recommendations and conclusions (the scalar
-- columns; the team, areas and requirements are written with their owner and shown by it).
CREATE TABLE inspection_plan_aud (
    id              BIGINT       NOT NULL,
    rev             BIGINT       NOT NULL,
    revtype         TINYINT      NULL,
    plan_year       INT          NULL,
    title           VARCHAR(500) NULL,
    decision_number VARCHAR(64)  NULL,
    decision_date   DATE         NULL,
    signer          VARCHAR(255) NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_inspection_plan_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

CREATE TABLE inspection_aud (
    id                  BIGINT        NOT NULL,
    rev                 BIGINT        NOT NULL,
    revtype             TINYINT       NULL,
    plan_id             BIGINT        NULL,
    agency_id           BIGINT        NULL,
    planned_month       INT           NULL,
    topics              VARCHAR(2000) NULL,
    lead_unit           VARCHAR(255)  NULL,
    state               VARCHAR(16)   NULL,
    team_decision       VARCHAR(255)  NULL,
    visit_from          DATE          NULL,
    visit_to            DATE          NULL,
    received_by         VARCHAR(2000) NULL,
    places              VARCHAR(2000) NULL,
    documents           VARCHAR(2000) NULL,
    cancel_reason       VARCHAR(2000) NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_inspection_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

CREATE TABLE inspection_finding_aud (
    id            BIGINT        NOT NULL,
    rev           BIGINT        NOT NULL,
    revtype       TINYINT       NULL,
    inspection_id BIGINT        NULL,
    kind          VARCHAR(16)   NULL,
    area          VARCHAR(32)   NULL,
    number        INT           NULL,
    text          VARCHAR(4000) NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_insp_finding_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

CREATE TABLE inspection_recommendation_aud (
    id            BIGINT        NOT NULL,
    rev           BIGINT        NOT NULL,
    revtype       TINYINT       NULL,
    inspection_id BIGINT        NULL,
    number        INT           NULL,
    text          VARCHAR(4000) NULL,
    addressee_id  BIGINT        NULL,
    state         VARCHAR(16)   NULL,
    forwarded_doc VARCHAR(255)  NULL,
    forwarded_on  DATE          NULL,
    answer_due    DATE          NULL,
    answer_text   VARCHAR(4000) NULL,
    answer_doc    VARCHAR(255)  NULL,
    answered_on   DATE          NULL,
    answered_by   VARCHAR(64)   NULL,
    close_reason  VARCHAR(2000) NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_insp_recommendation_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

CREATE TABLE inspection_conclusion_aud (
    id            BIGINT        NOT NULL,
    rev           BIGINT        NOT NULL,
    revtype       TINYINT       NULL,
    inspection_id BIGINT        NULL,
    version_no    INT           NULL,
    status        VARCHAR(16)   NULL,
    conclusions   VARCHAR(8000) NULL,
    doc_number    VARCHAR(64)   NULL,
    issued_on     DATE          NULL,
    signer        VARCHAR(255)  NULL,
    supersedes_id BIGINT        NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_insp_conclusion_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;
