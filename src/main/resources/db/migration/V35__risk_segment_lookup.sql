-- The early warning's lists read the tasks at risk on a day straight from their segments (ADR 0026): per agency, or of
-- all agencies, the segments still running after the day first (few, for the days the portal is asked about most).
CREATE INDEX ix_risk_segment_agency ON risk_segment (agency_id, at_risk, to_date, from_date, task_id);
CREATE INDEX ix_risk_segment_day ON risk_segment (at_risk, to_date, from_date, task_id);
