-- The audit log is append-only, and TRUNCATE (which row triggers do not see) would empty it in
-- one statement. A statement trigger refuses it too. Only a superuser's maintenance session that
-- sets session_replication_role = replica passes (the tests' reset of their throwaway database).
CREATE TRIGGER audit_event_no_truncate
  BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only();
