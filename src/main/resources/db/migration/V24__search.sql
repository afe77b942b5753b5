-- Portal-wide search (issue 17): one row per searchable record — its kind and id, the session a part belongs to,
-- the agency whose record it is (none: every signed-in user may find it), whether only central readers may, what
-- the results show (title, a short text) and its words folded the way people type them ("Đắk Lắk" → "dak lak"),
-- under an InnoDB full-text index. Written in the transaction of each change (ADR 0019).
SET SESSION innodb_ft_enable_stopword = OFF;

CREATE TABLE search_entry (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind         VARCHAR(24)   NOT NULL,
    record_id    BIGINT        NOT NULL,
    parent_id    BIGINT        NULL,
    agency_id    BIGINT        NULL,
    central_only BOOLEAN       NOT NULL DEFAULT FALSE,
    title        VARCHAR(500)  NOT NULL,
    body         VARCHAR(2000) NULL,
    words        MEDIUMTEXT    NOT NULL,
    updated_at   TIMESTAMP(6)  NOT NULL,
    CONSTRAINT uk_search_record UNIQUE (kind, record_id),
    FULLTEXT INDEX ft_search_words (words)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE INDEX ix_search_agency ON search_entry (agency_id, kind);
