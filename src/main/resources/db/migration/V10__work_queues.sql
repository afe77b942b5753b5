-- What is waiting on whom, kept on the task by the ledger (see PendingWork) so that the home page's work queues
-- read a few index entries instead of every task's history; and the day a done task was completed, so that the
-- task grid answers "as of today" statuses from the task row and its indexes (ADR 0012).
ALTER TABLE task
    ADD COLUMN completed_on            DATE        NULL,
    ADD COLUMN proposal_pending_since  DATETIME(6) NULL,
    ADD COLUMN extension_pending_since DATETIME(6) NULL,
    ADD COLUMN returned_at             DATETIME(6) NULL,
    ADD COLUMN last_reported_on        DATE        NULL;

CREATE INDEX ix_task_proposal_pending ON task (proposal_pending_since);
CREATE INDEX ix_task_extension_pending ON task (extension_pending_since);
CREATE INDEX ix_task_returned ON task (returned_at, lead_agency_id);
CREATE INDEX ix_task_state_deadline ON task (state, deadline, completed_on, id);
CREATE INDEX ix_task_directive_deadline ON task (directive, deadline, id);
CREATE INDEX ix_task_lead_state ON task (lead_agency_id, state, deadline, last_reported_on);
CREATE INDEX ix_report_agency_draft ON task_report (agency_id, submitted, id);

UPDATE task t
JOIN (SELECT task_id, MAX(occurred_at) AS at FROM task_event WHERE type = 'COMPLETION_PROPOSED' GROUP BY task_id) p
  ON p.task_id = t.id
SET t.proposal_pending_since = p.at
WHERE t.state = 'AWAITING_CONFIRMATION';

UPDATE task t
JOIN (SELECT e.task_id, e.occurred_at AS at FROM task_event e
      WHERE e.type = 'EXTENSION_REQUESTED'
        AND NOT EXISTS (SELECT 1 FROM task_event d WHERE d.task_id = e.task_id AND d.id > e.id
                        AND d.type IN ('EXTENSION_REQUESTED', 'EXTENSION_APPROVED', 'EXTENSION_REFUSED'))) x
  ON x.task_id = t.id
SET t.extension_pending_since = x.at
WHERE t.state IN ('OPEN', 'AWAITING_CONFIRMATION', 'SUSPENDED');

UPDATE task t
JOIN (SELECT e.task_id, e.occurred_at AS at FROM task_event e
      WHERE e.type = 'COMPLETION_RETURNED'
        AND NOT EXISTS (SELECT 1 FROM task_event d WHERE d.task_id = e.task_id AND d.id > e.id
                        AND d.type IN ('COMPLETION_PROPOSED', 'COMPLETION_CONFIRMED'))) r
  ON r.task_id = t.id
SET t.returned_at = r.at
WHERE t.state = 'OPEN';

UPDATE task t
JOIN (SELECT task_id, MAX(effective_on) AS last_on FROM task_event WHERE type = 'PROGRESS_REPORTED' GROUP BY task_id) r
  ON r.task_id = t.id
SET t.last_reported_on = r.last_on;

UPDATE task t
JOIN task_span s ON s.task_id = t.id AND s.to_date IS NULL
SET t.completed_on = s.completed_on
WHERE t.state = 'DONE';

-- The task grid's statuses as of a past day: the spans in force that day in one state, read off one index.
CREATE INDEX ix_span_state ON task_span (state, from_date, to_date, task_id, effective_deadline, completed_on);
