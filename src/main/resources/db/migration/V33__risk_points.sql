-- Early warning at size (ADR 0026, amendment): each task's days open with its deadline ahead, split where it enters
-- or leaves the risk rule (computed from its history under the settings in force, assuming nothing more happens), and
-- per agency the running counts of those days, one row per day a count changed. Rewritten for a task on every event,
-- for all tasks when the settings change.
CREATE TABLE risk_segment (
    task_id   BIGINT  NOT NULL,
    from_date DATE    NOT NULL,
    to_date   DATE    NOT NULL,
    agency_id BIGINT  NOT NULL,
    at_risk   BOOLEAN NOT NULL,
    PRIMARY KEY (task_id, from_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

-- the surrogate key lets MariaDB answer "the latest row on or before a day, per agency" by a loose scan of the
-- unique index (it does not loose-scan a clustered primary key; ADR 0011)
CREATE TABLE risk_point (
    id          BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    agency_id   BIGINT NOT NULL,
    change_date DATE   NOT NULL,
    open_count  INT    NOT NULL,
    risk_count  INT    NOT NULL,
    CONSTRAINT uq_risk_point UNIQUE (agency_id, change_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

-- one writer of the segments and running counts at a time (ADR 0011 explains why not one per key); "stale" while
-- the segments are rewritten in bulk and the counts not yet summed from them again (a start finishes the job)
CREATE TABLE risk_lock (
    id    INT     NOT NULL PRIMARY KEY,
    stale BOOLEAN NOT NULL
) ENGINE = InnoDB;
INSERT INTO risk_lock (id, stale) VALUES (1, TRUE);
