-- Notification ids come from a sequence in blocks of 50 (Hibernate's pooled-lo optimizer), so that the hundreds of
-- notifications one plan import writes go to the database in JDBC batches (ADR 0014). The sequence starts above the
-- ids already given. NOCACHE: a Galera cluster refuses a cached sequence (issue 18); one call gives 50 ids anyway.
SET @start = (SELECT COALESCE(MAX(id), 0) + 1 FROM notification);
SET @create = CONCAT('CREATE SEQUENCE notification_seq START WITH ', @start, ' INCREMENT BY 50 NOCACHE');
PREPARE create_sequence FROM @create;
EXECUTE create_sequence;
DEALLOCATE PREPARE create_sequence;
