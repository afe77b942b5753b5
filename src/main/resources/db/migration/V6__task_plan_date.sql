-- The day that puts a task in a period's plan: its original deadline, or its assignment date when it has none.
-- Spans carry it (and the reform area) so that the figures for any cut-off date and period are read from one
-- covering index, without touching the task rows.
ALTER TABLE task ADD COLUMN plan_date DATE NULL;
UPDATE task SET plan_date = COALESCE(original_deadline, assigned_on);
ALTER TABLE task MODIFY plan_date DATE NOT NULL;

ALTER TABLE task_span ADD COLUMN plan_date DATE NULL, ADD COLUMN area VARCHAR(24) NULL;
UPDATE task_span s JOIN task t ON t.id = s.task_id SET s.plan_date = t.plan_date, s.area = t.area;
ALTER TABLE task_span MODIFY plan_date DATE NOT NULL, MODIFY area VARCHAR(24) NOT NULL;

CREATE INDEX ix_span_figures ON task_span (plan_date, from_date, to_date, agency_id, area, state,
                                           original_deadline, effective_deadline, completed_on);
