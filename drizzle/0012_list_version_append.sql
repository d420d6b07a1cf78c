-- list_version becomes append-only: each writing statement adds one (region, list, version) row instead of updating a
-- shared row, so two transactions that write several projects of one region never wait on (or deadlock over) the
-- stamp. Readers take max(version) through the primary key. Rows are tiny; old ones can be pruned offline.
CREATE OR REPLACE FUNCTION list_version_bump() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    INSERT INTO list_version (region_code, list, version)
      SELECT r.region_code, TG_TABLE_NAME, nextval('list_version_seq') FROM (SELECT DISTINCT region_code FROM old_rows) AS r;
  ELSE
    INSERT INTO list_version (region_code, list, version)
      SELECT r.region_code, TG_TABLE_NAME, nextval('list_version_seq') FROM (SELECT DISTINCT region_code FROM new_rows) AS r;
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
