CREATE TABLE "self_evaluation_indicator" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "self_evaluation_indicator_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"region_code" varchar(12) NOT NULL,
	"self_evaluation_id" integer NOT NULL,
	"sort" smallint DEFAULT 0 NOT NULL,
	"level1" varchar(16) NOT NULL,
	"level2" varchar(24) NOT NULL,
	"name" varchar(100) NOT NULL,
	"operator" varchar(4) NOT NULL,
	"target_value" varchar(60) DEFAULT '' NOT NULL,
	"target_number" numeric(20, 4),
	"unit" varchar(20) DEFAULT '' NOT NULL,
	"weight" numeric(6, 2) NOT NULL,
	"actual_number" numeric(20, 4),
	"qualitative_level" varchar(8),
	"claimed_score" numeric(6, 2),
	"score" numeric(6, 2) DEFAULT 0 NOT NULL,
	"rule_score" numeric(6, 2) DEFAULT 0 NOT NULL,
	"deviation_reason" varchar(500) DEFAULT '' NOT NULL,
	"improvement" varchar(500) DEFAULT '' NOT NULL,
	"last_year_actual" numeric(20, 4)
);
--> statement-breakpoint
CREATE TABLE "self_evaluation_step" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "self_evaluation_step_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"self_evaluation_id" integer NOT NULL,
	"action" varchar(24) NOT NULL,
	"from_status" varchar(20),
	"to_status" varchar(20) NOT NULL,
	"actor_id" integer,
	"actor_name" varchar(40),
	"reason" varchar(1000),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "self_evaluation" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "self_evaluation_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"region_code" varchar(12) NOT NULL,
	"year" smallint NOT NULL,
	"project_id" integer NOT NULL,
	"target_id" integer,
	"unit_id" integer NOT NULL,
	"department_id" integer NOT NULL,
	"initial_budget" bigint DEFAULT 0 NOT NULL,
	"annual_budget" bigint DEFAULT 0 NOT NULL,
	"executed_amount" bigint DEFAULT 0 NOT NULL,
	"overall_goal" text DEFAULT '' NOT NULL,
	"actual_outcome" text DEFAULT '' NOT NULL,
	"conclusion" varchar(200) DEFAULT '' NOT NULL,
	"problems" varchar(200) DEFAULT '' NOT NULL,
	"measures" varchar(200) DEFAULT '' NOT NULL,
	"execution_rate" numeric(8, 2),
	"total" numeric(6, 2) DEFAULT 0 NOT NULL,
	"grade" varchar(2) DEFAULT '差' NOT NULL,
	"status" varchar(20) DEFAULT 'draft' NOT NULL,
	"review_returned" boolean DEFAULT false NOT NULL,
	"return_comment" varchar(1000),
	"submitted_at" timestamp with time zone,
	"approved_at" timestamp with time zone,
	"created_by" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "review_batch" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "review_batch_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"region_code" varchar(12) NOT NULL,
	"year" smallint NOT NULL,
	"work_year" smallint NOT NULL,
	"name" varchar(100) NOT NULL,
	"status" varchar(12) DEFAULT 'open' NOT NULL,
	"sampling" jsonb,
	"created_by" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "review_finding" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "review_finding_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"region_code" varchar(12) NOT NULL,
	"batch_id" integer NOT NULL,
	"sample_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"department_id" integer NOT NULL,
	"origin" varchar(10) NOT NULL,
	"code" varchar(40) NOT NULL,
	"area" varchar(24) NOT NULL,
	"severity" varchar(2) NOT NULL,
	"indicator_id" integer,
	"evidence" varchar(1000) DEFAULT '' NOT NULL,
	"suggestion" varchar(1000) NOT NULL,
	"status" varchar(10) DEFAULT 'proposed' NOT NULL,
	"round" smallint DEFAULT 1 NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "review_sample" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "review_sample_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"region_code" varchar(12) NOT NULL,
	"batch_id" integer NOT NULL,
	"self_evaluation_id" integer NOT NULL,
	"project_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"department_id" integer NOT NULL,
	"reasons" varchar(120) NOT NULL,
	"reviewer_user_id" integer,
	"agency_org_id" integer,
	"status" varchar(12) DEFAULT 'pending' NOT NULL,
	"round" smallint DEFAULT 1 NOT NULL,
	"returned_count" smallint DEFAULT 0 NOT NULL,
	"review_total" numeric(6, 2),
	"review_grade" varchar(2),
	"decision_comment" varchar(1000),
	"decided_at" timestamp with time zone,
	"decided_by" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "review_workpaper_row" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "review_workpaper_row_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"sample_id" integer NOT NULL,
	"indicator_id" integer NOT NULL,
	"review_value" varchar(60),
	"review_score" numeric(6, 2),
	"note" varchar(500) DEFAULT '' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "self_evaluation_indicator_parent_idx" ON "self_evaluation_indicator" USING btree ("self_evaluation_id");--> statement-breakpoint
CREATE INDEX "self_evaluation_step_parent_idx" ON "self_evaluation_step" USING btree ("self_evaluation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "self_evaluation_project_uq" ON "self_evaluation" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "self_evaluation_scope_idx" ON "self_evaluation" USING btree ("region_code","year","department_id","unit_id","status");--> statement-breakpoint
CREATE INDEX "review_batch_scope_idx" ON "review_batch" USING btree ("region_code","year");--> statement-breakpoint
CREATE INDEX "review_finding_sample_idx" ON "review_finding" USING btree ("sample_id");--> statement-breakpoint
CREATE INDEX "review_finding_batch_idx" ON "review_finding" USING btree ("batch_id","unit_id","status");--> statement-breakpoint
CREATE INDEX "review_sample_batch_idx" ON "review_sample" USING btree ("batch_id");--> statement-breakpoint
CREATE INDEX "review_sample_scope_idx" ON "review_sample" USING btree ("region_code","department_id","unit_id");--> statement-breakpoint
CREATE INDEX "review_sample_eval_idx" ON "review_sample" USING btree ("self_evaluation_id");--> statement-breakpoint
CREATE INDEX "review_workpaper_sample_idx" ON "review_workpaper_row" USING btree ("sample_id","indicator_id");