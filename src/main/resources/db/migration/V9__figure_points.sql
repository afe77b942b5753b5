-- Running counts behind the dashboard (docs/decisions/0011-running-counts-for-figures.md). For each plan month
-- and agency (and each plan month and reform area), one row per day on which a counter changed, holding the
-- counters' values from that day on: tasks done on time, done late, open in time and open overdue, against the
-- extended and against the original deadline. The figures as of a day read, per key, the latest row on or before
-- it. Every key has an origin row (1000-01-01, all zero), so that every day has an earlier row to start from.
--
-- The natural key is a secondary unique index, not the primary key, on purpose: MariaDB reads "the latest row
-- per key" from a secondary index by a loose index scan (a few reads per key), which it does not do on the
-- clustered primary key.
CREATE TABLE figure_agency_point (
    id                 BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    plan_month         INT         NOT NULL,
    agency_id          BIGINT      NOT NULL,
    change_date        DATE        NOT NULL,
    orig_done_on_time  INT         NOT NULL DEFAULT 0,
    orig_done_late     INT         NOT NULL DEFAULT 0,
    orig_open_in_time  INT         NOT NULL DEFAULT 0,
    orig_open_overdue  INT         NOT NULL DEFAULT 0,
    ext_done_on_time   INT         NOT NULL DEFAULT 0,
    ext_done_late      INT         NOT NULL DEFAULT 0,
    ext_open_in_time   INT         NOT NULL DEFAULT 0,
    ext_open_overdue   INT         NOT NULL DEFAULT 0,
    CONSTRAINT uk_figure_agency_point UNIQUE (plan_month, agency_id, change_date)
);

CREATE TABLE figure_area_point (
    id                 BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    plan_month         INT         NOT NULL,
    area               VARCHAR(24) NOT NULL,
    change_date        DATE        NOT NULL,
    orig_done_on_time  INT         NOT NULL DEFAULT 0,
    orig_done_late     INT         NOT NULL DEFAULT 0,
    orig_open_in_time  INT         NOT NULL DEFAULT 0,
    orig_open_overdue  INT         NOT NULL DEFAULT 0,
    ext_done_on_time   INT         NOT NULL DEFAULT 0,
    ext_done_late      INT         NOT NULL DEFAULT 0,
    ext_open_in_time   INT         NOT NULL DEFAULT 0,
    ext_open_overdue   INT         NOT NULL DEFAULT 0,
    CONSTRAINT uk_figure_area_point UNIQUE (plan_month, area, change_date)
);

-- One row that writers of the running counts lock to take their turn: their range updates lock index records of
-- neighbouring keys, so turns per key alone would let two writers wait on each other in a circle.
CREATE TABLE figure_lock (
    id INT NOT NULL PRIMARY KEY
);
INSERT INTO figure_lock (id) VALUES (1);
