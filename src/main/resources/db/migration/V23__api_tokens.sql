-- The read API (issue 17): tokens the administrator issues per consuming system, kept as a SHA-256 hash of the
-- secret (the secret is random, 256 bits: a slow hash adds nothing), with the scopes, the one agency a token may be
-- limited to, its last day, its revocation and its last use; and every call made to the API.
CREATE TABLE api_token (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name         VARCHAR(200) NOT NULL,
    token_hash   CHAR(64)     NOT NULL,
    token_prefix VARCHAR(16)  NOT NULL,
    read_tasks   BOOLEAN      NOT NULL,
    read_figures BOOLEAN      NOT NULL,
    agency_id    BIGINT       NULL,
    expires_on   DATE         NOT NULL,
    created_by   VARCHAR(64)  NOT NULL,
    created_at   TIMESTAMP(6) NOT NULL,
    revoked_by   VARCHAR(64)  NULL,
    revoked_at   TIMESTAMP(6) NULL,
    last_used_at TIMESTAMP(6) NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_api_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_api_token_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

CREATE TABLE api_call (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    token_id    BIGINT        NULL,
    called_at   TIMESTAMP(6)  NOT NULL,
    method      VARCHAR(8)    NOT NULL,
    path        VARCHAR(500)  NOT NULL,
    query       VARCHAR(1000) NULL,
    status      INT           NOT NULL,
    duration_ms INT           NOT NULL,
    client      VARCHAR(64)   NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

CREATE INDEX ix_api_call_token ON api_call (token_id, called_at);
