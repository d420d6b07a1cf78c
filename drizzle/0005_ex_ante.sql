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
CREATE INDEX "ex_ante_scope_idx" ON "ex_ante_assessment" USING btree ("region_code","year","department_id","unit_id");--> statement-breakpoint
CREATE INDEX "ex_ante_project_idx" ON "ex_ante_assessment" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "ex_ante_cost_line_idx" ON "ex_ante_cost_line" USING btree ("assessment_id");--> statement-breakpoint
CREATE UNIQUE INDEX "ex_ante_panel_uq" ON "ex_ante_panel_member" USING btree ("assessment_id","expert_id");--> statement-breakpoint
CREATE INDEX "ex_ante_panel_expert_idx" ON "ex_ante_panel_member" USING btree ("expert_id");--> statement-breakpoint
CREATE UNIQUE INDEX "ex_ante_template_uq" ON "ex_ante_template" USING btree ("region_code","kind","version_no");--> statement-breakpoint
CREATE INDEX "expert_region_idx" ON "expert" USING btree ("region_code","active");--> statement-breakpoint
CREATE INDEX "expert_user_idx" ON "expert" USING btree ("user_id");