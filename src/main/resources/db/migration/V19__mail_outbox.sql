-- E-mail (issue 16): every mail the portal sends goes through the outbox — recorded with its recipient, subject,
-- bodies, kind and the record it is about, sent by one node's scheduled sender, retried with back-off when the mail
-- server fails, and marked sent or failed with the reason; the administrator sees it and can send one again.
CREATE TABLE mail_outbox (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    recipient       VARCHAR(255)  NOT NULL,
    username        VARCHAR(64)   NULL,
    subject         VARCHAR(500)  NOT NULL,
    body_text       MEDIUMTEXT    NOT NULL,
    body_html       MEDIUMTEXT    NULL,
    kind            VARCHAR(32)   NOT NULL,
    related_type    VARCHAR(32)   NULL,
    related_id      BIGINT        NULL,
    state           VARCHAR(16)   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP(6)  NOT NULL,
    last_error      VARCHAR(1000) NULL,
    created_at      TIMESTAMP(6)  NOT NULL,
    sent_at         TIMESTAMP(6)  NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT ck_outbox_state CHECK (state IN ('QUEUED', 'SENT', 'FAILED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

CREATE INDEX ix_outbox_due ON mail_outbox (state, next_attempt_at, id);
CREATE INDEX ix_outbox_created ON mail_outbox (created_at, id);
