-- The read API pages one agency's tasks by id (ADR 0018): without this index a page read the tasks by id and
-- filtered them, 0,8 s at 1.000.000 tasks.
CREATE INDEX ix_task_lead_id ON task (lead_agency_id, id);
