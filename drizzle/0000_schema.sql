CREATE TABLE "session" (
	"id" varchar(64) PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"ip" varchar(64),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "app_user" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "app_user_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"region_code" varchar(12) NOT NULL,
	"username" varchar(40) NOT NULL,
	"display_name" varchar(40) NOT NULL,
	"role" varchar(16) NOT NULL,
	"org_id" integer NOT NULL,
	"phone" varchar(20),
	"password_hash" varchar(200) NOT NULL,
	"must_change_password" boolean DEFAULT true NOT NULL,
	"failed_logins" smallint DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"password_changed_at" timestamp with time zone,
	"last_login_at" timestamp with time zone,
	"status" varchar(12) DEFAULT 'active' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "field" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "field_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"region_code" varchar(12) NOT NULL,
	"code" varchar(32) NOT NULL,
	"name" varchar(40) NOT NULL,
	"keywords" varchar(400) DEFAULT '' NOT NULL,
	"sort" integer DEFAULT 0 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fiscal_year" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "fiscal_year_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"region_code" varchar(12) NOT NULL,
	"year" smallint NOT NULL,
	"status" varchar(12) DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "org_unit" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "org_unit_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"region_code" varchar(12) NOT NULL,
	"kind" varchar(16) NOT NULL,
	"parent_id" integer,
	"department_id" integer,
	"code" varchar(32) NOT NULL,
	"name" varchar(100) NOT NULL,
	"short_name" varchar(40),
	"sort" integer DEFAULT 0 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "region" (
	"code" varchar(12) PRIMARY KEY NOT NULL,
	"name" varchar(60) NOT NULL,
	"level" varchar(12) NOT NULL,
	"parent_code" varchar(12),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "attachment" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "attachment_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"region_code" varchar(12) NOT NULL,
	"owner_entity" varchar(40) NOT NULL,
	"owner_id" integer NOT NULL,
	"slot" varchar(60) DEFAULT '' NOT NULL,
	"filename" varchar(200) NOT NULL,
	"mime" varchar(100) NOT NULL,
	"size" integer NOT NULL,
	"sha256" varchar(64) NOT NULL,
	"storage_key" varchar(200) NOT NULL,
	"uploaded_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_event" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_event_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"region_code" varchar(12) NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" integer,
	"actor_name" varchar(40),
	"ip" varchar(64),
	"entity" varchar(40) NOT NULL,
	"entity_id" varchar(40) NOT NULL,
	"action" varchar(32) NOT NULL,
	"before" jsonb,
	"after" jsonb,
	"reason" varchar(500),
	"prev_hash" varchar(64),
	"hash" varchar(64)
);
--> statement-breakpoint
CREATE TABLE "task" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "task_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"region_code" varchar(12) NOT NULL,
	"kind" varchar(40) NOT NULL,
	"title" varchar(200) NOT NULL,
	"entity" varchar(40) NOT NULL,
	"entity_id" integer NOT NULL,
	"assignee_user_id" integer,
	"assignee_role" varchar(16),
	"assignee_org_id" integer,
	"flavor" varchar(12) DEFAULT 'todo' NOT NULL,
	"status" varchar(12) DEFAULT 'open' NOT NULL,
	"deadline" varchar(10),
	"link" varchar(200) NOT NULL,
	"note" varchar(500),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"done_at" timestamp with time zone,
	"done_by" integer
);
--> statement-breakpoint
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
CREATE TABLE "calendar_completion" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "calendar_completion_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"region_code" varchar(12) NOT NULL,
	"milestone_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"completed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_by" integer
);
--> statement-breakpoint
CREATE TABLE "calendar_milestone" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "calendar_milestone_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"region_code" varchar(12) NOT NULL,
	"year" smallint NOT NULL,
	"stage" varchar(24) NOT NULL,
	"title" varchar(200) NOT NULL,
	"start_on" date NOT NULL,
	"due_on" date NOT NULL,
	"responsible_role" varchar(16) NOT NULL,
	"description" varchar(1000) DEFAULT '' NOT NULL,
	"reminded_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "feedback_ticket" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "feedback_ticket_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"region_code" varchar(12) NOT NULL,
	"year" smallint NOT NULL,
	"unit_id" integer NOT NULL,
	"department_id" integer NOT NULL,
	"stage" varchar(24) NOT NULL,
	"title" varchar(200) NOT NULL,
	"question" varchar(2000) NOT NULL,
	"status" varchar(12) DEFAULT 'open' NOT NULL,
	"answer" varchar(2000),
	"answered_at" timestamp with time zone,
	"answered_by" integer,
	"answered_by_name" varchar(40),
	"published" boolean DEFAULT false NOT NULL,
	"rule_change" boolean DEFAULT false NOT NULL,
	"rule_change_note" varchar(500),
	"raised_by" integer,
	"raised_by_name" varchar(40),
	"raised_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "policy_document" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "policy_document_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"region_code" varchar(12) NOT NULL,
	"series_id" integer,
	"version_no" smallint DEFAULT 1 NOT NULL,
	"is_current" boolean DEFAULT true NOT NULL,
	"title" varchar(200) NOT NULL,
	"doc_no" varchar(60) NOT NULL,
	"issuer" varchar(100) NOT NULL,
	"issued_on" date NOT NULL,
	"category" varchar(24) NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"summary" varchar(1000) DEFAULT '' NOT NULL,
	"body_text" text DEFAULT '' NOT NULL,
	"revision_note" varchar(500),
	"superseded_by_id" integer,
	"created_by" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_template" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "report_template_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"region_code" varchar(12) NOT NULL,
	"year" smallint NOT NULL,
	"key" varchar(40) NOT NULL,
	"text" text NOT NULL,
	"updated_by" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_attendance" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "training_attendance_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"region_code" varchar(12) NOT NULL,
	"session_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"department_id" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_session" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "training_session_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"region_code" varchar(12) NOT NULL,
	"year" smallint NOT NULL,
	"title" varchar(200) NOT NULL,
	"mode" varchar(12) NOT NULL,
	"topic" varchar(1000) DEFAULT '' NOT NULL,
	"held_on" date NOT NULL,
	"location" varchar(200) DEFAULT '' NOT NULL,
	"audience" varchar(200) DEFAULT '' NOT NULL,
	"speaker" varchar(100) DEFAULT '' NOT NULL,
	"created_by" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "monitoring_disposal" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "monitoring_disposal_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"region_code" varchar(12) NOT NULL,
	"year" smallint NOT NULL,
	"round_id" integer NOT NULL,
	"entry_id" integer NOT NULL,
	"project_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"department_id" integer NOT NULL,
	"kind" varchar(20) NOT NULL,
	"amount" bigint,
	"budget_before" bigint,
	"budget_after" bigint,
	"reason" varchar(500) NOT NULL,
	"approver" varchar(40) NOT NULL,
	"rectification_item_id" integer,
	"created_by" integer,
	"created_by_name" varchar(40),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "monitoring_entry" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "monitoring_entry_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"region_code" varchar(12) NOT NULL,
	"round_id" integer NOT NULL,
	"project_id" integer NOT NULL,
	"target_id" integer NOT NULL,
	"year" smallint NOT NULL,
	"unit_id" integer NOT NULL,
	"department_id" integer NOT NULL,
	"annual_budget" bigint NOT NULL,
	"adjusted_budget" bigint NOT NULL,
	"funds_received" bigint,
	"paid" bigint,
	"status" varchar(20) DEFAULT 'draft' NOT NULL,
	"filled_at" timestamp with time zone,
	"submitted_at" timestamp with time zone,
	"approved_at" timestamp with time zone,
	"return_comment" varchar(500),
	"reopened" boolean DEFAULT false NOT NULL,
	"execution_color" varchar(8),
	"execution_v" numeric(10, 2),
	"indicator_color" varchar(8),
	"warning_color" varchar(8),
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "monitoring_indicator" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "monitoring_indicator_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"region_code" varchar(12) NOT NULL,
	"entry_id" integer NOT NULL,
	"target_indicator_id" integer NOT NULL,
	"current_value" numeric(20, 4),
	"expected_value" numeric(20, 4),
	"current_text" varchar(200) DEFAULT '' NOT NULL,
	"likelihood" varchar(12) DEFAULT 'certain' NOT NULL,
	"reasons" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"note" varchar(500) DEFAULT '' NOT NULL,
	"color" varchar(8),
	"v" numeric(10, 2)
);
--> statement-breakpoint
CREATE TABLE "monitoring_key_record" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "monitoring_key_record_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"region_code" varchar(12) NOT NULL,
	"project_id" integer NOT NULL,
	"year" smallint NOT NULL,
	"unit_id" integer NOT NULL,
	"department_id" integer NOT NULL,
	"kind" varchar(12) NOT NULL,
	"month" smallint,
	"paid" bigint,
	"visit_date" date,
	"participants" varchar(200) DEFAULT '' NOT NULL,
	"content" varchar(2000) NOT NULL,
	"created_by" integer,
	"created_by_name" varchar(40),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "monitoring_round" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "monitoring_round_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"region_code" varchar(12) NOT NULL,
	"year" smallint NOT NULL,
	"period_kind" varchar(8) NOT NULL,
	"period" smallint NOT NULL,
	"month" smallint NOT NULL,
	"name" varchar(60) NOT NULL,
	"deadline" date NOT NULL,
	"status" varchar(8) DEFAULT 'open' NOT NULL,
	"note" varchar(500) DEFAULT '' NOT NULL,
	"created_by" integer,
	"closed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
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
CREATE TABLE "ex_ante_assessment" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "ex_ante_assessment_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"region_code" varchar(12) NOT NULL,
	"year" smallint NOT NULL,
	"project_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"department_id" integer NOT NULL,
	"field_code" varchar(32) NOT NULL,
	"status" varchar(16) DEFAULT 'draft' NOT NULL,
	"designated" boolean DEFAULT false NOT NULL,
	"template_kind" varchar(16) DEFAULT 'project' NOT NULL,
	"template_id" integer,
	"template" jsonb,
	"necessity" text DEFAULT '' NOT NULL,
	"implementation_plan" text DEFAULT '' NOT NULL,
	"expected_benefits" text DEFAULT '' NOT NULL,
	"targets_draft" text DEFAULT '' NOT NULL,
	"main_output" varchar(100) DEFAULT '' NOT NULL,
	"output_quantity" numeric(16, 3),
	"output_unit" varchar(20) DEFAULT '' NOT NULL,
	"history_unit_cost" bigint,
	"benchmark_unit_cost" bigint,
	"requested_amount" bigint NOT NULL,
	"recommended_amount" bigint,
	"panel_score" numeric(6, 2),
	"band_conclusion" varchar(16),
	"conclusion" varchar(16),
	"override_reason" varchar(500),
	"opinion" text DEFAULT '' NOT NULL,
	"return_reason" varchar(500),
	"draw_seed" integer,
	"submitted_at" timestamp with time zone,
	"concluded_at" timestamp with time zone,
	"concluded_by" integer,
	"created_by" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ex_ante_cost_line" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "ex_ante_cost_line_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"region_code" varchar(12) NOT NULL,
	"assessment_id" integer NOT NULL,
	"sort" smallint DEFAULT 0 NOT NULL,
	"name" varchar(100) NOT NULL,
	"quantity" numeric(16, 3) NOT NULL,
	"unit" varchar(20) DEFAULT '' NOT NULL,
	"unit_price" bigint NOT NULL,
	"amount" bigint NOT NULL,
	"basis" varchar(12) NOT NULL,
	"basis_note" varchar(200) DEFAULT '' NOT NULL,
	"benchmark_unit_price" bigint
);
--> statement-breakpoint
CREATE TABLE "ex_ante_panel_member" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "ex_ante_panel_member_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"region_code" varchar(12) NOT NULL,
	"assessment_id" integer NOT NULL,
	"expert_id" integer NOT NULL,
	"is_leader" boolean DEFAULT false NOT NULL,
	"status" varchar(12) DEFAULT 'assigned' NOT NULL,
	"scores" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"comments" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"overall_comment" text DEFAULT '' NOT NULL,
	"submitted_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ex_ante_template" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "ex_ante_template_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"region_code" varchar(12) NOT NULL,
	"kind" varchar(16) NOT NULL,
	"version_no" smallint NOT NULL,
	"name" varchar(100) NOT NULL,
	"data" jsonb NOT NULL,
	"note" varchar(500) DEFAULT '' NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "expert" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "expert_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"region_code" varchar(12) NOT NULL,
	"name" varchar(40) NOT NULL,
	"title" varchar(60) DEFAULT '' NOT NULL,
	"employer" varchar(100) NOT NULL,
	"org_type" varchar(20) NOT NULL,
	"org_id" integer,
	"unit_id" integer,
	"department_id" integer,
	"field_codes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"phone" varchar(20) DEFAULT '' NOT NULL,
	"user_id" integer,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "key_evaluation_finding" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "key_evaluation_finding_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"evaluation_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"problem" varchar(1000) NOT NULL,
	"requirement" varchar(1000) NOT NULL,
	"severity" varchar(8) DEFAULT 'medium' NOT NULL,
	"deadline" date NOT NULL,
	"rectification_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "key_evaluation_step" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "key_evaluation_step_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"evaluation_id" integer NOT NULL,
	"step" varchar(16) NOT NULL,
	"sort" smallint NOT NULL,
	"planned_on" date,
	"done_on" date,
	"deliverable" varchar(500) DEFAULT '' NOT NULL,
	"actor_id" integer,
	"actor_name" varchar(40)
);
--> statement-breakpoint
CREATE TABLE "key_evaluation" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "key_evaluation_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"region_code" varchar(12) NOT NULL,
	"year" smallint NOT NULL,
	"name" varchar(200) NOT NULL,
	"kind" varchar(20) NOT NULL,
	"budget_type" varchar(20) NOT NULL,
	"object_type" varchar(12) NOT NULL,
	"project_id" integer,
	"object_name" varchar(200) NOT NULL,
	"unit_id" integer,
	"department_id" integer NOT NULL,
	"amount" bigint DEFAULT 0 NOT NULL,
	"reasons" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"team_mode" varchar(8) DEFAULT 'agency' NOT NULL,
	"stage" varchar(16) DEFAULT 'planned' NOT NULL,
	"framework" jsonb NOT NULL,
	"inputs" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"indicator_scores" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"indicator_notes" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"total_score" numeric(6, 2),
	"grade" varchar(2),
	"by_level1" jsonb,
	"summary" text DEFAULT '' NOT NULL,
	"conclusion" text DEFAULT '' NOT NULL,
	"suggestions" text DEFAULT '' NOT NULL,
	"unit_response" text,
	"unit_responded_at" timestamp with time zone,
	"return_comment" varchar(500),
	"finalised_at" timestamp with time zone,
	"created_by" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agency" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "agency_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"region_code" varchar(12) NOT NULL,
	"org_id" integer,
	"name" varchar(100) NOT NULL,
	"short_name" varchar(40) DEFAULT '' NOT NULL,
	"type" varchar(16) NOT NULL,
	"qualifications" varchar(1000) DEFAULT '' NOT NULL,
	"staff_count" integer DEFAULT 0 NOT NULL,
	"contact_person" varchar(40) DEFAULT '' NOT NULL,
	"contact_phone" varchar(20) DEFAULT '' NOT NULL,
	"credit_level" varchar(2) DEFAULT 'B' NOT NULL,
	"status" varchar(12) DEFAULT 'active' NOT NULL,
	"status_reason" varchar(500),
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agency_engagement" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "agency_engagement_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"region_code" varchar(12) NOT NULL,
	"year" smallint NOT NULL,
	"agency_id" integer NOT NULL,
	"evaluation_id" integer NOT NULL,
	"contract_no" varchar(60) DEFAULT '' NOT NULL,
	"fee" bigint NOT NULL,
	"stages" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" varchar(12) DEFAULT 'engaged' NOT NULL,
	"quality_sheet" jsonb,
	"quality_scores" jsonb,
	"quality_score" numeric(6, 2),
	"quality_comment" varchar(1000),
	"payment_percent" numeric(5, 2),
	"credit_effect" varchar(12),
	"payable" bigint,
	"scored_at" timestamp with time zone,
	"scored_by" integer,
	"created_by" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agency_payment" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "agency_payment_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"engagement_id" integer NOT NULL,
	"amount" bigint NOT NULL,
	"paid_on" date NOT NULL,
	"note" varchar(200) DEFAULT '' NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agency_service" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "agency_service_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"region_code" varchar(12) NOT NULL,
	"agency_id" integer NOT NULL,
	"year" smallint NOT NULL,
	"org_id" integer NOT NULL,
	"role" varchar(40) NOT NULL,
	"description" varchar(500) DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "results_line" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "results_line_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"region_code" varchar(12) NOT NULL,
	"run_id" integer NOT NULL,
	"project_id" integer NOT NULL,
	"next_project_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"department_id" integer NOT NULL,
	"project_name" varchar(200) NOT NULL,
	"project_kind" varchar(16) NOT NULL,
	"evaluation_kind" varchar(24) NOT NULL,
	"grade" varchar(2) NOT NULL,
	"score" numeric(6, 2),
	"open_rectifications" integer DEFAULT 0 NOT NULL,
	"evidence" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"budget_before" bigint NOT NULL,
	"proposed_action" varchar(16) NOT NULL,
	"proposed_cut_percent" numeric(6, 2),
	"proposed_change" bigint NOT NULL,
	"reason" text NOT NULL,
	"decision" varchar(12) DEFAULT 'pending' NOT NULL,
	"final_action" varchar(16),
	"final_change" bigint,
	"override_reason" varchar(500),
	"decided_by" integer,
	"decided_by_name" varchar(40),
	"decided_at" timestamp with time zone,
	"applied_field" varchar(20),
	"applied_base" bigint,
	"applied_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "results_run" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "results_run_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"region_code" varchar(12) NOT NULL,
	"year" smallint NOT NULL,
	"target_year" smallint NOT NULL,
	"rules" jsonb NOT NULL,
	"generated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "session" ADD CONSTRAINT "session_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_org_id_org_unit_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."org_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "session_user_idx" ON "session" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "app_user_username_uq" ON "app_user" USING btree ("username");--> statement-breakpoint
CREATE INDEX "app_user_org_idx" ON "app_user" USING btree ("org_id");--> statement-breakpoint
CREATE UNIQUE INDEX "field_uq" ON "field" USING btree ("region_code","code");--> statement-breakpoint
CREATE UNIQUE INDEX "fiscal_year_uq" ON "fiscal_year" USING btree ("region_code","year");--> statement-breakpoint
CREATE UNIQUE INDEX "org_unit_region_code_uq" ON "org_unit" USING btree ("region_code","code");--> statement-breakpoint
CREATE INDEX "org_unit_parent_idx" ON "org_unit" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "org_unit_department_idx" ON "org_unit" USING btree ("region_code","department_id");--> statement-breakpoint
CREATE INDEX "attachment_owner_idx" ON "attachment" USING btree ("owner_entity","owner_id");--> statement-breakpoint
CREATE INDEX "audit_entity_idx" ON "audit_event" USING btree ("entity","entity_id");--> statement-breakpoint
CREATE INDEX "audit_region_at_idx" ON "audit_event" USING btree ("region_code","at");--> statement-breakpoint
CREATE INDEX "task_open_user_idx" ON "task" USING btree ("status","assignee_user_id");--> statement-breakpoint
CREATE INDEX "task_open_role_idx" ON "task" USING btree ("region_code","status","assignee_role","assignee_org_id");--> statement-breakpoint
CREATE INDEX "task_entity_idx" ON "task" USING btree ("entity","entity_id");--> statement-breakpoint
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
CREATE INDEX "rule_set_lookup_idx" ON "rule_set" USING btree ("region_code","year","area","version_no");--> statement-breakpoint
CREATE UNIQUE INDEX "calendar_completion_uq" ON "calendar_completion" USING btree ("milestone_id","unit_id");--> statement-breakpoint
CREATE INDEX "calendar_milestone_year_idx" ON "calendar_milestone" USING btree ("region_code","year","due_on");--> statement-breakpoint
CREATE INDEX "feedback_scope_idx" ON "feedback_ticket" USING btree ("region_code","year","department_id","unit_id","status");--> statement-breakpoint
CREATE INDEX "feedback_faq_idx" ON "feedback_ticket" USING btree ("region_code","published");--> statement-breakpoint
CREATE INDEX "policy_document_scope_idx" ON "policy_document" USING btree ("region_code","is_current","category");--> statement-breakpoint
CREATE INDEX "policy_document_series_idx" ON "policy_document" USING btree ("series_id");--> statement-breakpoint
CREATE UNIQUE INDEX "report_template_uq" ON "report_template" USING btree ("region_code","year","key");--> statement-breakpoint
CREATE UNIQUE INDEX "training_attendance_uq" ON "training_attendance" USING btree ("session_id","unit_id");--> statement-breakpoint
CREATE INDEX "training_attendance_unit_idx" ON "training_attendance" USING btree ("region_code","unit_id");--> statement-breakpoint
CREATE INDEX "training_session_year_idx" ON "training_session" USING btree ("region_code","year");--> statement-breakpoint
CREATE INDEX "monitoring_disposal_scope_idx" ON "monitoring_disposal" USING btree ("region_code","year","kind","department_id");--> statement-breakpoint
CREATE INDEX "monitoring_disposal_entry_idx" ON "monitoring_disposal" USING btree ("entry_id");--> statement-breakpoint
CREATE UNIQUE INDEX "monitoring_entry_round_project_uq" ON "monitoring_entry" USING btree ("round_id","project_id");--> statement-breakpoint
CREATE INDEX "monitoring_entry_scope_idx" ON "monitoring_entry" USING btree ("region_code","round_id","department_id","unit_id","status");--> statement-breakpoint
CREATE INDEX "monitoring_entry_project_idx" ON "monitoring_entry" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "monitoring_entry_warning_idx" ON "monitoring_entry" USING btree ("round_id","warning_color");--> statement-breakpoint
CREATE UNIQUE INDEX "monitoring_indicator_entry_uq" ON "monitoring_indicator" USING btree ("entry_id","target_indicator_id");--> statement-breakpoint
CREATE INDEX "monitoring_key_record_project_idx" ON "monitoring_key_record" USING btree ("project_id","kind");--> statement-breakpoint
CREATE UNIQUE INDEX "monitoring_round_period_uq" ON "monitoring_round" USING btree ("region_code","year","period_kind","period");--> statement-breakpoint
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
CREATE INDEX "review_workpaper_sample_idx" ON "review_workpaper_row" USING btree ("sample_id","indicator_id");--> statement-breakpoint
CREATE INDEX "ex_ante_scope_idx" ON "ex_ante_assessment" USING btree ("region_code","year","department_id","unit_id");--> statement-breakpoint
CREATE INDEX "ex_ante_project_idx" ON "ex_ante_assessment" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "ex_ante_cost_line_idx" ON "ex_ante_cost_line" USING btree ("assessment_id");--> statement-breakpoint
CREATE UNIQUE INDEX "ex_ante_panel_uq" ON "ex_ante_panel_member" USING btree ("assessment_id","expert_id");--> statement-breakpoint
CREATE INDEX "ex_ante_panel_expert_idx" ON "ex_ante_panel_member" USING btree ("expert_id");--> statement-breakpoint
CREATE UNIQUE INDEX "ex_ante_template_uq" ON "ex_ante_template" USING btree ("region_code","kind","version_no");--> statement-breakpoint
CREATE INDEX "expert_region_idx" ON "expert" USING btree ("region_code","active");--> statement-breakpoint
CREATE INDEX "expert_user_idx" ON "expert" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "key_evaluation_finding_eval_idx" ON "key_evaluation_finding" USING btree ("evaluation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "key_evaluation_step_uq" ON "key_evaluation_step" USING btree ("evaluation_id","step");--> statement-breakpoint
CREATE INDEX "key_evaluation_scope_idx" ON "key_evaluation" USING btree ("region_code","year","department_id","unit_id");--> statement-breakpoint
CREATE INDEX "key_evaluation_project_idx" ON "key_evaluation" USING btree ("project_id");--> statement-breakpoint
CREATE UNIQUE INDEX "agency_name_uq" ON "agency" USING btree ("region_code","name");--> statement-breakpoint
CREATE INDEX "agency_org_idx" ON "agency" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "agency_engagement_agency_idx" ON "agency_engagement" USING btree ("agency_id","year");--> statement-breakpoint
CREATE INDEX "agency_engagement_eval_idx" ON "agency_engagement" USING btree ("evaluation_id");--> statement-breakpoint
CREATE INDEX "agency_payment_engagement_idx" ON "agency_payment" USING btree ("engagement_id");--> statement-breakpoint
CREATE INDEX "agency_service_idx" ON "agency_service" USING btree ("agency_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "results_line_project_uq" ON "results_line" USING btree ("run_id","project_id");--> statement-breakpoint
CREATE INDEX "results_line_scope_idx" ON "results_line" USING btree ("region_code","run_id","department_id","decision");--> statement-breakpoint
CREATE INDEX "results_line_next_idx" ON "results_line" USING btree ("next_project_id");--> statement-breakpoint
CREATE UNIQUE INDEX "results_run_year_uq" ON "results_run" USING btree ("region_code","year");