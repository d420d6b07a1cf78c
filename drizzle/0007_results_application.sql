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
CREATE UNIQUE INDEX "results_line_project_uq" ON "results_line" USING btree ("run_id","project_id");--> statement-breakpoint
CREATE INDEX "results_line_scope_idx" ON "results_line" USING btree ("region_code","run_id","department_id","decision");--> statement-breakpoint
CREATE INDEX "results_line_next_idx" ON "results_line" USING btree ("next_project_id");--> statement-breakpoint
CREATE UNIQUE INDEX "results_run_year_uq" ON "results_run" USING btree ("region_code","year");