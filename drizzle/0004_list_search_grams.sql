-- Substring search without extensions (PGlite and PostgreSQL alike): jx_grams(s) is the set of single characters and
-- character pairs of s. If q is a substring of s, jx_grams(q) ⊆ jx_grams(s), so a GIN index on jx_grams(...) answers
-- `@>` for one- and two-character Chinese queries too (pg_trgm needs three); ILIKE rechecks the exact match.
-- A small pending list (256 kB, default 4 MB): with the default, a 20,000-row import left every search scanning
-- ~5,000 pending entries (30–50 ms) until the next vacuum (0.1–6 ms once merged); fastupdate off instead made that
-- import's inserts 3× slower (22.8 s vs 7.0 s for 20,000 rows on PostgreSQL).
CREATE OR REPLACE FUNCTION jx_grams(s text) RETURNS text[] AS $$
  SELECT coalesce(array_agg(DISTINCT g), '{}'::text[]) FROM (
    SELECT substr(s, i, 1) AS g FROM generate_series(1, length(s)) AS i
    UNION ALL
    SELECT substr(s, i, 2) FROM generate_series(1, length(s) - 1) AS i
  ) AS grams
$$ LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS project_search_grams_idx ON project
  USING gin (jx_grams(lower(name || ' ' || code))) WITH (gin_pending_list_limit = 256);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS library_indicator_search_grams_idx ON library_indicator
  USING gin (jx_grams(lower(name || ' ' || industry || ' ' || category))) WITH (gin_pending_list_limit = 256);
--> statement-breakpoint
-- list_version: one sequence-numbered stamp per (region, list), bumped once per statement that changes the list.
CREATE SEQUENCE IF NOT EXISTS list_version_seq;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION list_version_bump() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    INSERT INTO list_version AS v (region_code, list, version)
      SELECT r.region_code, TG_TABLE_NAME, nextval('list_version_seq') FROM (SELECT DISTINCT region_code FROM old_rows) AS r
      ON CONFLICT (region_code, list) DO UPDATE SET version = excluded.version;
  ELSE
    INSERT INTO list_version AS v (region_code, list, version)
      SELECT r.region_code, TG_TABLE_NAME, nextval('list_version_seq') FROM (SELECT DISTINCT region_code FROM new_rows) AS r
      ON CONFLICT (region_code, list) DO UPDATE SET version = excluded.version;
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER project_list_version_ins AFTER INSERT ON project
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION list_version_bump();
--> statement-breakpoint
CREATE TRIGGER project_list_version_upd AFTER UPDATE ON project
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION list_version_bump();
--> statement-breakpoint
CREATE TRIGGER project_list_version_del AFTER DELETE ON project
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION list_version_bump();
--> statement-breakpoint
CREATE TRIGGER library_indicator_list_version_ins AFTER INSERT ON library_indicator
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION list_version_bump();
--> statement-breakpoint
CREATE TRIGGER library_indicator_list_version_upd AFTER UPDATE ON library_indicator
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION list_version_bump();
--> statement-breakpoint
CREATE TRIGGER library_indicator_list_version_del AFTER DELETE ON library_indicator
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION list_version_bump();
