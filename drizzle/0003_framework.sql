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
CREATE UNIQUE INDEX "calendar_completion_uq" ON "calendar_completion" USING btree ("milestone_id","unit_id");--> statement-breakpoint
CREATE INDEX "calendar_milestone_year_idx" ON "calendar_milestone" USING btree ("region_code","year","due_on");--> statement-breakpoint
CREATE INDEX "feedback_scope_idx" ON "feedback_ticket" USING btree ("region_code","year","department_id","unit_id","status");--> statement-breakpoint
CREATE INDEX "feedback_faq_idx" ON "feedback_ticket" USING btree ("region_code","published");--> statement-breakpoint
CREATE INDEX "policy_document_scope_idx" ON "policy_document" USING btree ("region_code","is_current","category");--> statement-breakpoint
CREATE INDEX "policy_document_series_idx" ON "policy_document" USING btree ("series_id");--> statement-breakpoint
CREATE UNIQUE INDEX "report_template_uq" ON "report_template" USING btree ("region_code","year","key");--> statement-breakpoint
CREATE UNIQUE INDEX "training_attendance_uq" ON "training_attendance" USING btree ("session_id","unit_id");--> statement-breakpoint
CREATE INDEX "training_attendance_unit_idx" ON "training_attendance" USING btree ("region_code","unit_id");--> statement-breakpoint
CREATE INDEX "training_session_year_idx" ON "training_session" USING btree ("region_code","year");