CREATE TABLE "review_screening" (
	"self_evaluation_id" integer PRIMARY KEY NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"year" smallint NOT NULL,
	"unit_id" integer NOT NULL,
	"department_id" integer NOT NULL,
	"project_id" integer NOT NULL,
	"p0" smallint NOT NULL,
	"p1" smallint NOT NULL,
	"p2" smallint NOT NULL,
	"codes" varchar(40)[] NOT NULL,
	"screened_at" timestamp with time zone DEFAULT now() NOT NULL,
	"screened_by" integer
);
--> statement-breakpoint
CREATE INDEX "review_screening_scope_idx" ON "review_screening" USING btree ("region_code","year","unit_id");--> statement-breakpoint
CREATE TRIGGER review_screening_list_version_ins AFTER INSERT ON review_screening
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION list_version_bump();
--> statement-breakpoint
CREATE TRIGGER review_screening_list_version_upd AFTER UPDATE ON review_screening
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION list_version_bump();
--> statement-breakpoint
CREATE TRIGGER review_screening_list_version_del AFTER DELETE ON review_screening
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION list_version_bump();
