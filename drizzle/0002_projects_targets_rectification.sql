CREATE TABLE "library_indicator" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "library_indicator_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"region_code" varchar(12) NOT NULL,
	"year" smallint NOT NULL,
	"field_code" varchar(32),
	"industry" varchar(60) DEFAULT '' NOT NULL,
	"category" varchar(60) DEFAULT '' NOT NULL,
	"layer" varchar(12) NOT NULL,
	"level1" varchar(16) NOT NULL,
	"level2" varchar(24) NOT NULL,
	"name" varchar(100) NOT NULL,
	"operator" varchar(4) NOT NULL,
	"unit" varchar(20) DEFAULT '' NOT NULL,
	"recommended_value" varchar(60) DEFAULT '' NOT NULL,
	"basis" varchar(12) DEFAULT '计划标准' NOT NULL,
	"explanation" varchar(500) DEFAULT '' NOT NULL,
	"calculation" varchar(500) DEFAULT '' NOT NULL,
	"data_source" varchar(200) DEFAULT '' NOT NULL,
	"scoring_note" varchar(500) DEFAULT '' NOT NULL,
	"project_kinds" varchar(60) DEFAULT '' NOT NULL,
	"status" varchar(12) DEFAULT 'enabled' NOT NULL,
	"proposed_by_org_id" integer,
	"review_comment" varchar(500),
	"derived_from_id" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project_step" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "project_step_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"project_id" integer NOT NULL,
	"from_status" varchar(20),
	"to_status" varchar(20) NOT NULL,
	"actor_id" integer,
	"actor_name" varchar(40),
	"reason" varchar(500),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "project_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"region_code" varchar(12) NOT NULL,
	"year" smallint NOT NULL,
	"code" varchar(40) NOT NULL,
	"name" varchar(200) NOT NULL,
	"unit_id" integer NOT NULL,
	"department_id" integer NOT NULL,
	"field_code" varchar(32) NOT NULL,
	"budget_type" varchar(20) NOT NULL,
	"project_kind" varchar(16) NOT NULL,
	"is_new" boolean DEFAULT true NOT NULL,
	"is_policy" boolean DEFAULT false NOT NULL,
	"start_year" smallint NOT NULL,
	"end_year" smallint NOT NULL,
	"total_amount" bigint NOT NULL,
	"requested_amount" bigint NOT NULL,
	"approved_amount" bigint,
	"adjusted_amount" bigint,
	"fund_sources" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"status" varchar(20) DEFAULT 'draft' NOT NULL,
	"designated_for_assessment" boolean DEFAULT false NOT NULL,
	"key_project" boolean DEFAULT false NOT NULL,
	"previous_project_id" integer,
	"created_by" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "target_indicator" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "target_indicator_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"region_code" varchar(12) NOT NULL,
	"target_id" integer NOT NULL,
	"sort" smallint DEFAULT 0 NOT NULL,
	"level1" varchar(16) NOT NULL,
	"level2" varchar(24) NOT NULL,
	"name" varchar(100) NOT NULL,
	"operator" varchar(4) NOT NULL,
	"target_value" varchar(60) NOT NULL,
	"target_number" numeric(20, 4),
	"unit" varchar(20) DEFAULT '' NOT NULL,
	"weight" numeric(6, 2) NOT NULL,
	"value_note" varchar(200) DEFAULT '' NOT NULL,
	"basis" varchar(12) DEFAULT '计划标准' NOT NULL,
	"library_indicator_id" integer,
	"review_comment" varchar(500)
);
--> statement-breakpoint
CREATE TABLE "performance_target" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "performance_target_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"region_code" varchar(12) NOT NULL,
	"project_id" integer NOT NULL,
	"year" smallint NOT NULL,
	"unit_id" integer NOT NULL,
	"department_id" integer NOT NULL,
	"version_no" smallint DEFAULT 1 NOT NULL,
	"is_current" boolean DEFAULT true NOT NULL,
	"overall_goal" text DEFAULT '' NOT NULL,
	"annual_goal" text DEFAULT '' NOT NULL,
	"status" varchar(20) DEFAULT 'draft' NOT NULL,
	"adjust_reason" varchar(500),
	"return_comment" varchar(500),
	"submitted_at" timestamp with time zone,
	"approved_at" timestamp with time zone,
	"created_by" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rectification_event" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "rectification_event_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"item_id" integer NOT NULL,
	"action" varchar(12) NOT NULL,
	"note" varchar(1000),
	"actor_id" integer,
	"actor_name" varchar(40),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rectification_item" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "rectification_item_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"region_code" varchar(12) NOT NULL,
	"year" smallint NOT NULL,
	"source" varchar(24) NOT NULL,
	"source_entity" varchar(40),
	"source_id" integer,
	"project_id" integer,
	"unit_id" integer NOT NULL,
	"department_id" integer NOT NULL,
	"problem" varchar(1000) NOT NULL,
	"requirement" varchar(1000) NOT NULL,
	"severity" varchar(8) DEFAULT 'medium' NOT NULL,
	"deadline" date NOT NULL,
	"responsible_person" varchar(40),
	"status" varchar(12) DEFAULT 'issued' NOT NULL,
	"closed_at" timestamp with time zone,
	"closed_by" integer,
	"created_by" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rule_set" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "rule_set_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"region_code" varchar(12) NOT NULL,
	"year" smallint NOT NULL,
	"area" varchar(24) NOT NULL,
	"version_no" integer NOT NULL,
	"data" jsonb NOT NULL,
	"note" varchar(500),
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "library_indicator_search_idx" ON "library_indicator" USING btree ("region_code","year","status","field_code","level1");--> statement-breakpoint
CREATE INDEX "library_indicator_name_idx" ON "library_indicator" USING btree ("region_code","year","name");--> statement-breakpoint
CREATE INDEX "project_step_project_idx" ON "project_step" USING btree ("project_id");--> statement-breakpoint
CREATE UNIQUE INDEX "project_code_uq" ON "project" USING btree ("region_code","year","code");--> statement-breakpoint
CREATE INDEX "project_scope_idx" ON "project" USING btree ("region_code","year","department_id","unit_id");--> statement-breakpoint
CREATE INDEX "project_unit_idx" ON "project" USING btree ("unit_id","year");--> statement-breakpoint
CREATE INDEX "project_status_idx" ON "project" USING btree ("region_code","year","status");--> statement-breakpoint
CREATE INDEX "target_indicator_target_idx" ON "target_indicator" USING btree ("target_id");--> statement-breakpoint
CREATE INDEX "target_indicator_library_idx" ON "target_indicator" USING btree ("library_indicator_id");--> statement-breakpoint
CREATE INDEX "target_project_idx" ON "performance_target" USING btree ("project_id","is_current");--> statement-breakpoint
CREATE INDEX "target_scope_idx" ON "performance_target" USING btree ("region_code","year","department_id","unit_id","status");--> statement-breakpoint
CREATE INDEX "rectification_event_item_idx" ON "rectification_event" USING btree ("item_id");--> statement-breakpoint
CREATE INDEX "rectification_scope_idx" ON "rectification_item" USING btree ("region_code","year","department_id","unit_id","status");--> statement-breakpoint
CREATE INDEX "rectification_source_idx" ON "rectification_item" USING btree ("source_entity","source_id");--> statement-breakpoint
CREATE INDEX "rectification_project_idx" ON "rectification_item" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "rule_set_lookup_idx" ON "rule_set" USING btree ("region_code","year","area","version_no");