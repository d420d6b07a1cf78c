-- Every table with a region_code (except audit_event, written with every change anyway, and list_version itself)
-- appends a change stamp per writing statement, as project and library_indicator already do (migration
-- list_search_grams). Caches of region-wide figures (the cockpit, the annual report figures) key by the region's
-- stamp: any committed write in the region gives a new key. Tables added later need the same three triggers:
-- server/platform/stamp-cache.test.ts fails for a table with a region_code and no trigger.
DO $$
DECLARE t text;
BEGIN
  FOR t IN
    SELECT c.table_name FROM information_schema.columns c
      JOIN information_schema.tables tb ON tb.table_schema = c.table_schema AND tb.table_name = c.table_name
     WHERE c.table_schema = current_schema() AND c.column_name = 'region_code' AND tb.table_type = 'BASE TABLE'
       AND c.table_name NOT IN ('audit_event', 'list_version')
  LOOP
    IF NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = t || '_list_version_ins') THEN
      EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows '
        'FOR EACH STATEMENT EXECUTE FUNCTION list_version_bump()', t || '_list_version_ins', t);
      EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING NEW TABLE AS new_rows '
        'FOR EACH STATEMENT EXECUTE FUNCTION list_version_bump()', t || '_list_version_upd', t);
      EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows '
        'FOR EACH STATEMENT EXECUTE FUNCTION list_version_bump()', t || '_list_version_del', t);
    END IF;
  END LOOP;
END;
$$;
