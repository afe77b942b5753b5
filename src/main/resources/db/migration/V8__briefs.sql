-- Session briefs: drafts recompiled from live figures; an issued brief keeps a frozen snapshot of its content.
CREATE TABLE brief (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    session_id           BIGINT        NOT NULL,
    version_no           INT           NOT NULL,
    status               VARCHAR(16)   NOT NULL,
    top_n                INT           NOT NULL,
    narrative_situation  TEXT          NULL,
    narrative_assessment TEXT          NULL,
    narrative_directions TEXT          NULL,
    compiled_at          DATETIME(6)   NOT NULL,
    doc_number           VARCHAR(64)   NULL,
    issued_on            DATE          NULL,
    signer               VARCHAR(255)  NULL,
    snapshot             LONGTEXT      NULL,
    supersedes_id        BIGINT        NULL,
    version              BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_brief_session FOREIGN KEY (session_id) REFERENCES committee_session (id),
    CONSTRAINT fk_brief_supersedes FOREIGN KEY (supersedes_id) REFERENCES brief (id),
    CONSTRAINT uk_brief_version UNIQUE (session_id, version_no)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

CREATE TABLE brief_aud (
    id                   BIGINT       NOT NULL,
    rev                  BIGINT       NOT NULL,
    revtype              TINYINT      NULL,
    session_id           BIGINT       NULL,
    version_no           INT          NULL,
    status               VARCHAR(16)  NULL,
    top_n                INT          NULL,
    narrative_situation  TEXT         NULL,
    narrative_assessment TEXT         NULL,
    narrative_directions TEXT         NULL,
    compiled_at          DATETIME(6)  NULL,
    doc_number           VARCHAR(64)  NULL,
    issued_on            DATE         NULL,
    signer               VARCHAR(255) NULL,
    supersedes_id        BIGINT       NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_brief_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;
