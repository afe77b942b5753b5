-- Progress reports (drafts kept until submitted), evidence files, supporting agencies' notes, in-portal
-- notifications, and ShedLock's lock table for the daily reminder job.
CREATE TABLE task_report (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    task_id      BIGINT        NOT NULL,
    agency_id    BIGINT        NOT NULL,
    author       VARCHAR(64)   NOT NULL,
    percent_done INT           NOT NULL,
    narrative    VARCHAR(4000) NULL,
    submitted    BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at   DATETIME(6)   NOT NULL,
    updated_at   DATETIME(6)   NOT NULL,
    submitted_at DATETIME(6)   NULL,
    version      BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_report_task FOREIGN KEY (task_id) REFERENCES task (id),
    CONSTRAINT ck_report_percent CHECK (percent_done BETWEEN 0 AND 100)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

CREATE INDEX ix_report_task ON task_report (task_id, id);

CREATE TABLE task_evidence (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    task_id     BIGINT       NOT NULL,
    report_id   BIGINT       NULL,
    file_name   VARCHAR(255) NOT NULL,
    kind        VARCHAR(8)   NOT NULL,
    size_bytes  BIGINT       NOT NULL,
    sha256      CHAR(64)     NOT NULL,
    storage_key VARCHAR(64)  NOT NULL,
    uploaded_by VARCHAR(64)  NOT NULL,
    uploaded_at DATETIME(6)  NOT NULL,
    CONSTRAINT fk_evidence_task FOREIGN KEY (task_id) REFERENCES task (id),
    CONSTRAINT fk_evidence_report FOREIGN KEY (report_id) REFERENCES task_report (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

CREATE INDEX ix_evidence_task ON task_evidence (task_id, id);

CREATE TABLE task_contribution (
    id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    task_id    BIGINT        NOT NULL,
    agency_id  BIGINT        NOT NULL,
    author     VARCHAR(64)   NOT NULL,
    note       VARCHAR(4000) NOT NULL,
    created_at DATETIME(6)   NOT NULL,
    CONSTRAINT fk_contribution_task FOREIGN KEY (task_id) REFERENCES task (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

CREATE INDEX ix_contribution_task ON task_contribution (task_id, id);

CREATE TABLE notification (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username   VARCHAR(64)  NOT NULL,
    task_id    BIGINT       NOT NULL,
    kind       VARCHAR(32)  NOT NULL,
    title      VARCHAR(500) NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    read_at    DATETIME(6)  NULL,
    dedup_key  VARCHAR(128) NULL,
    CONSTRAINT uk_notification_dedup UNIQUE (username, dedup_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

CREATE INDEX ix_notification_user ON notification (username, read_at, id);

CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until TIMESTAMP(3) NOT NULL,
    locked_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    locked_by  VARCHAR(255) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
