-- Steering-committee sessions and their parts, plus Envers audit tables (revinfo and <table>_aud).

CREATE TABLE revinfo (
    id       BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    revtstmp BIGINT      NOT NULL,
    username VARCHAR(64) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

CREATE TABLE committee_session (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    term          VARCHAR(16)   NOT NULL,
    number        INT           NOT NULL,
    title         VARCHAR(500)  NOT NULL,
    kind          VARCHAR(16)   NOT NULL,
    starts_at     DATETIME      NOT NULL,
    chair         VARCHAR(255)  NULL,
    form          VARCHAR(16)   NOT NULL,
    host_location VARCHAR(255)  NULL,
    period_from   DATE          NULL,
    period_to     DATE          NULL,
    cutoff_date   DATE          NULL,
    status        VARCHAR(16)   NOT NULL,
    cancel_reason VARCHAR(1000) NULL,
    notice_number VARCHAR(64)   NULL,
    notice_date   DATE          NULL,
    notice_signer VARCHAR(255)  NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_session_term_number UNIQUE (term, number),
    CONSTRAINT ck_session_period CHECK (period_to IS NULL OR period_from IS NULL OR period_to >= period_from)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

CREATE INDEX ix_session_starts_at ON committee_session (starts_at);

CREATE TABLE session_agenda_item (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    session_id      BIGINT       NOT NULL,
    position        INT          NOT NULL,
    title           VARCHAR(500) NOT NULL,
    presenter       VARCHAR(255) NULL,
    planned_minutes INT          NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_agenda_session FOREIGN KEY (session_id) REFERENCES committee_session (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

CREATE INDEX ix_agenda_session ON session_agenda_item (session_id, position);

CREATE TABLE session_attendance (
    id                      BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    session_id              BIGINT       NOT NULL,
    agency_id               BIGINT       NOT NULL,
    status                  VARCHAR(16)  NOT NULL,
    representative_name     VARCHAR(255) NULL,
    representative_position VARCHAR(255) NULL,
    connected               BOOLEAN      NOT NULL DEFAULT FALSE,
    version                 BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_attendance UNIQUE (session_id, agency_id),
    CONSTRAINT fk_attendance_session FOREIGN KEY (session_id) REFERENCES committee_session (id),
    CONSTRAINT fk_attendance_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

CREATE TABLE session_document (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    session_id  BIGINT       NOT NULL,
    file_name   VARCHAR(255) NOT NULL,
    kind        VARCHAR(8)   NOT NULL,
    size_bytes  BIGINT       NOT NULL,
    sha256      CHAR(64)     NOT NULL,
    storage_key VARCHAR(64)  NOT NULL,
    uploaded_by VARCHAR(64)  NOT NULL,
    uploaded_at DATETIME(6)  NOT NULL,
    CONSTRAINT fk_document_session FOREIGN KEY (session_id) REFERENCES committee_session (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

CREATE INDEX ix_document_session ON session_document (session_id);

CREATE TABLE session_conclusion (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    session_id     BIGINT        NOT NULL,
    number         INT           NOT NULL,
    text           VARCHAR(4000) NOT NULL,
    agenda_item_id BIGINT        NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_conclusion_number UNIQUE (session_id, number),
    CONSTRAINT fk_conclusion_session FOREIGN KEY (session_id) REFERENCES committee_session (id),
    CONSTRAINT fk_conclusion_agenda FOREIGN KEY (agenda_item_id) REFERENCES session_agenda_item (id) ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

-- Envers audit tables: the audited columns, nullable, plus the revision and its type.
CREATE TABLE committee_session_aud (
    id            BIGINT        NOT NULL,
    rev           BIGINT        NOT NULL,
    revtype       TINYINT       NULL,
    term          VARCHAR(16)   NULL,
    number        INT           NULL,
    title         VARCHAR(500)  NULL,
    kind          VARCHAR(16)   NULL,
    starts_at     DATETIME      NULL,
    chair         VARCHAR(255)  NULL,
    form          VARCHAR(16)   NULL,
    host_location VARCHAR(255)  NULL,
    period_from   DATE          NULL,
    period_to     DATE          NULL,
    cutoff_date   DATE          NULL,
    status        VARCHAR(16)   NULL,
    cancel_reason VARCHAR(1000) NULL,
    notice_number VARCHAR(64)   NULL,
    notice_date   DATE          NULL,
    notice_signer VARCHAR(255)  NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_session_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

CREATE TABLE session_agenda_item_aud (
    id              BIGINT       NOT NULL,
    rev             BIGINT       NOT NULL,
    revtype         TINYINT      NULL,
    session_id      BIGINT       NULL,
    position        INT          NULL,
    title           VARCHAR(500) NULL,
    presenter       VARCHAR(255) NULL,
    planned_minutes INT          NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_agenda_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

CREATE TABLE session_attendance_aud (
    id                      BIGINT       NOT NULL,
    rev                     BIGINT       NOT NULL,
    revtype                 TINYINT      NULL,
    session_id              BIGINT       NULL,
    agency_id               BIGINT       NULL,
    status                  VARCHAR(16)  NULL,
    representative_name     VARCHAR(255) NULL,
    representative_position VARCHAR(255) NULL,
    connected               BOOLEAN      NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_attendance_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

CREATE TABLE session_document_aud (
    id          BIGINT       NOT NULL,
    rev         BIGINT       NOT NULL,
    revtype     TINYINT      NULL,
    session_id  BIGINT       NULL,
    file_name   VARCHAR(255) NULL,
    kind        VARCHAR(8)   NULL,
    size_bytes  BIGINT       NULL,
    sha256      CHAR(64)     NULL,
    storage_key VARCHAR(64)  NULL,
    uploaded_by VARCHAR(64)  NULL,
    uploaded_at DATETIME(6)  NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_document_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

CREATE TABLE session_conclusion_aud (
    id             BIGINT        NOT NULL,
    rev            BIGINT        NOT NULL,
    revtype        TINYINT       NULL,
    session_id     BIGINT        NULL,
    number         INT           NULL,
    text           VARCHAR(4000) NULL,
    agenda_item_id BIGINT        NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_conclusion_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;
