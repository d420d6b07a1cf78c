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
CREATE INDEX "key_evaluation_finding_eval_idx" ON "key_evaluation_finding" USING btree ("evaluation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "key_evaluation_step_uq" ON "key_evaluation_step" USING btree ("evaluation_id","step");--> statement-breakpoint
CREATE INDEX "key_evaluation_scope_idx" ON "key_evaluation" USING btree ("region_code","year","department_id","unit_id");--> statement-breakpoint
CREATE INDEX "key_evaluation_project_idx" ON "key_evaluation" USING btree ("project_id");--> statement-breakpoint
CREATE UNIQUE INDEX "agency_name_uq" ON "agency" USING btree ("region_code","name");--> statement-breakpoint
CREATE INDEX "agency_org_idx" ON "agency" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "agency_engagement_agency_idx" ON "agency_engagement" USING btree ("agency_id","year");--> statement-breakpoint
CREATE INDEX "agency_engagement_eval_idx" ON "agency_engagement" USING btree ("evaluation_id");--> statement-breakpoint
CREATE INDEX "agency_payment_engagement_idx" ON "agency_payment" USING btree ("engagement_id");--> statement-breakpoint
CREATE INDEX "agency_service_idx" ON "agency_service" USING btree ("agency_id","year");