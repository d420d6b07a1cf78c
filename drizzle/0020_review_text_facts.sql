CREATE TABLE "review_text_group" (
	"region_code" varchar(12) NOT NULL,
	"year" smallint NOT NULL,
	"field_code" varchar(32) NOT NULL,
	"stamp" varchar(64) NOT NULL,
	CONSTRAINT "review_text_group_region_code_year_field_code_pk" PRIMARY KEY("region_code","year","field_code")
);
--> statement-breakpoint
CREATE TABLE "review_text_pair" (
	"self_evaluation_id" integer NOT NULL,
	"other_id" integer NOT NULL,
	"similarity" double precision NOT NULL,
	"last_year" boolean NOT NULL,
	"ord" integer NOT NULL,
	CONSTRAINT "review_text_pair_self_evaluation_id_other_id_pk" PRIMARY KEY("self_evaluation_id","other_id")
);
--> statement-breakpoint
DROP INDEX "review_sample_batch_idx";--> statement-breakpoint
DROP INDEX "self_evaluation_indicator_parent_idx";--> statement-breakpoint
ALTER TABLE "field" ADD COLUMN "keywords_normalized" text[] GENERATED ALWAYS AS (jx_keywords((keywords)::text)) STORED;--> statement-breakpoint
ALTER TABLE "project" ADD COLUMN "name_patterns" text[] GENERATED ALWAYS AS (jx_name_patterns((name)::text, '{项目,专项,经费,资金,工作,年度,补助,建设}'::text[])) STORED;--> statement-breakpoint
ALTER TABLE "self_evaluation_indicator" ADD COLUMN "name_key" text GENERATED ALWAYS AS (jx_strip_spaces((name)::text)) STORED;--> statement-breakpoint
ALTER TABLE "self_evaluation_indicator" ADD COLUMN "name_normalized" text GENERATED ALWAYS AS (jx_normalize((name)::text)) STORED;--> statement-breakpoint
ALTER TABLE "self_evaluation_indicator" ADD COLUMN "deviation_blank" boolean GENERATED ALWAYS AS (jx_normalize((deviation_reason)::text) = '') STORED;--> statement-breakpoint
ALTER TABLE "self_evaluation" ADD COLUMN "analysis_length" integer GENERATED ALWAYS AS (char_length(jx_normalize((conclusion)::text || (problems)::text || (measures)::text))) STORED;--> statement-breakpoint
CREATE INDEX "review_sample_batch_idx" ON "review_sample" USING btree ("batch_id","unit_id","id");--> statement-breakpoint
CREATE INDEX "self_evaluation_indicator_parent_idx" ON "self_evaluation_indicator" USING btree ("self_evaluation_id","sort","id");--> statement-breakpoint
CREATE TRIGGER review_text_group_list_version_ins AFTER INSERT ON review_text_group
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION list_version_bump();
--> statement-breakpoint
CREATE TRIGGER review_text_group_list_version_upd AFTER UPDATE ON review_text_group
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION list_version_bump();
--> statement-breakpoint
CREATE TRIGGER review_text_group_list_version_del AFTER DELETE ON review_text_group
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION list_version_bump();
