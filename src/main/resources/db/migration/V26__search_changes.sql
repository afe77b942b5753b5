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
    generation VARCHAR(36) NOT NULL,
    -- what the table was last built for (SearchRebuild.CONTENTS): a portal that indexes more kinds builds it again
    contents   INT         NOT NULL
) ENGINE = InnoDB;

INSERT INTO search_state (id, generation, contents) VALUES (1, UUID(), 0);

-- The words are searched in Lucene now; the table keeps them to copy from without MariaDB's full-text index.
ALTER TABLE search_entry DROP INDEX ft_search_words;

-- Who may find a row, as reader terms (space separated): 'everyone', 'central' (administrators, secretariat,
-- committee members), 'editors' (administrators, secretariat), 'agency:<id>' (that agency's users), 'user:<name>'.
ALTER TABLE search_entry ADD COLUMN readers VARCHAR(2000) NOT NULL DEFAULT 'everyone' AFTER parent_id;
UPDATE search_entry SET readers = CASE WHEN agency_id IS NOT NULL THEN CONCAT('agency:', agency_id, ' central')
    WHEN central_only THEN 'central' ELSE 'everyone' END;
DROP INDEX ix_search_agency ON search_entry;
ALTER TABLE search_entry DROP COLUMN agency_id, DROP COLUMN central_only;

-- the parts of a session or an inspection, and the documents of a task, looked up by what they belong to
CREATE INDEX ix_search_parent ON search_entry (parent_id, kind);
