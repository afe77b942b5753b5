-- Reporting rounds reach people through the same notifications as tasks (issue 14): a notification is about a task
-- or a reporting round, its kind says which, so task_id becomes subject_id. A round can be closed by the
-- secretariat: after that no agency saves, submits or corrects figures of its period, and nobody is reminded.
ALTER TABLE notification CHANGE task_id subject_id BIGINT NOT NULL;

ALTER TABLE reporting_round
    ADD COLUMN closed_by VARCHAR(64)  NULL,
    ADD COLUMN closed_at TIMESTAMP(6) NULL;
