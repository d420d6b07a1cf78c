-- Audit rows are append-only: reject UPDATE, DELETE and TRUNCATE at the database.
CREATE OR REPLACE FUNCTION audit_event_reject_change() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'audit_event is append-only' USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER audit_event_no_update BEFORE UPDATE OR DELETE ON audit_event
  FOR EACH ROW EXECUTE FUNCTION audit_event_reject_change();
--> statement-breakpoint
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
  FOR EACH STATEMENT EXECUTE FUNCTION audit_event_reject_change();
--> statement-breakpoint
-- Tamper evidence: each row hashes the previous row of its region. The advisory lock serialises
-- writers of one region only, so regions never wait on each other.
CREATE OR REPLACE FUNCTION audit_event_chain() RETURNS trigger AS $$
DECLARE
  last_hash varchar(64);
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('audit:' || NEW.region_code));
  SELECT hash INTO last_hash FROM audit_event WHERE region_code = NEW.region_code ORDER BY id DESC LIMIT 1;
  NEW.prev_hash := coalesce(last_hash, '');
  NEW.hash := encode(sha256(convert_to(
    NEW.prev_hash || '|' || NEW.region_code || '|' || NEW.at::text || '|' || coalesce(NEW.actor_id::text, '') || '|' ||
    NEW.entity || '|' || NEW.entity_id || '|' || NEW.action || '|' || coalesce(NEW.before::text, '') || '|' ||
    coalesce(NEW.after::text, '') || '|' || coalesce(NEW.reason, ''), 'UTF8')), 'hex');
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER audit_event_chain BEFORE INSERT ON audit_event
  FOR EACH ROW EXECUTE FUNCTION audit_event_chain();
