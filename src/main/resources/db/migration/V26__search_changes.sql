-- Search on every node (ADR 0020): search_entry stays the shared record of what is findable, written in the
-- transaction of each change; each portal node keeps its own Lucene copy of it and catches up by reading the
-- changes logged here in order. A new generation (after a rebuild of the table) makes every node copy it again.
CREATE TABLE search_change (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind       VARCHAR(24)  NOT NULL,
    record_id  BIGINT       NOT NULL,
    changed_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3)
) ENGINE = InnoDB;

CREATE INDEX ix_search_change_at ON search_change (changed_at);

CREATE TABLE search_state (
    id         TINYINT     NOT NULL PRIMARY KEY,
    generation VARCHAR(36) NOT NULL
) ENGINE = InnoDB;

INSERT INTO search_state (id, generation) VALUES (1, UUID());

-- The words are searched in Lucene now; the table keeps them to copy from without MariaDB's full-text index.
ALTER TABLE search_entry DROP INDEX ft_search_words;
