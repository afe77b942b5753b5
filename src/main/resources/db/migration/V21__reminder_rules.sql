-- Reminder rules the secretariat edits (issue 16): one row, read by every morning's run; its defaults are the rules
-- the portal had in its settings (7 and 3 days before, on the day, weekly when overdue) with the escalation to the
-- agency's leaders after 7 days overdue and to the secretariat's follower of the agency after 30 days.
CREATE TABLE reminder_settings (
    id                  INT          NOT NULL PRIMARY KEY,
    days_before         VARCHAR(40)  NOT NULL,
    on_the_day          BOOLEAN      NOT NULL,
    every_overdue_days  INT          NOT NULL,
    leaders_after_days  INT          NOT NULL,
    follower_after_days INT          NOT NULL,
    report_days_before  INT          NOT NULL,
    waiting_days        INT          NOT NULL,
    version             BIGINT       NOT NULL DEFAULT 0,
    updated_by          VARCHAR(64)  NULL,
    updated_at          TIMESTAMP(6) NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

INSERT INTO reminder_settings (id, days_before, on_the_day, every_overdue_days, leaders_after_days, follower_after_days,
                               report_days_before, waiting_days)
VALUES (1, '7,3', TRUE, 7, 7, 30, 5, 5);

-- The secretariat officer who follows each agency: escalations of its overdue tasks and its requests waiting for a
-- decision reach that officer.
CREATE TABLE agency_follower (
    agency_id   BIGINT       NOT NULL PRIMARY KEY,
    username    VARCHAR(64)  NOT NULL,
    assigned_by VARCHAR(64)  NOT NULL,
    assigned_at TIMESTAMP(6) NOT NULL,
    CONSTRAINT fk_follower_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

-- The last reminder of each task (its deadline, step and audience; the request waiting for the secretariat), so
-- that a morning run compares each open task with one row instead of every user's notifications.
CREATE TABLE task_reminder_state (
    task_id      BIGINT      NOT NULL PRIMARY KEY,
    deadline_key VARCHAR(64) NULL,
    waiting_key  VARCHAR(64) NULL,
    CONSTRAINT fk_reminder_state_task FOREIGN KEY (task_id) REFERENCES task (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

-- A person may ask for an e-mail at once for each new assignment and decision (besides the daily digest).
ALTER TABLE user_account ADD COLUMN immediate_mail BOOLEAN NOT NULL DEFAULT FALSE;

-- The day's digests already queued, found without reading the outbox.
CREATE INDEX ix_outbox_related ON mail_outbox (related_type, related_id, kind);
-- The day's reminders by person, for the digests.
CREATE INDEX ix_notification_created ON notification (created_at, username);
