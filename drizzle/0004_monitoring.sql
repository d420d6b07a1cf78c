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
CREATE INDEX "monitoring_disposal_scope_idx" ON "monitoring_disposal" USING btree ("region_code","year","kind","department_id");--> statement-breakpoint
CREATE INDEX "monitoring_disposal_entry_idx" ON "monitoring_disposal" USING btree ("entry_id");--> statement-breakpoint
CREATE UNIQUE INDEX "monitoring_entry_round_project_uq" ON "monitoring_entry" USING btree ("round_id","project_id");--> statement-breakpoint
CREATE INDEX "monitoring_entry_scope_idx" ON "monitoring_entry" USING btree ("region_code","round_id","department_id","unit_id","status");--> statement-breakpoint
CREATE INDEX "monitoring_entry_project_idx" ON "monitoring_entry" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "monitoring_entry_warning_idx" ON "monitoring_entry" USING btree ("round_id","warning_color");--> statement-breakpoint
CREATE UNIQUE INDEX "monitoring_indicator_entry_uq" ON "monitoring_indicator" USING btree ("entry_id","target_indicator_id");--> statement-breakpoint
CREATE INDEX "monitoring_key_record_project_idx" ON "monitoring_key_record" USING btree ("project_id","kind");--> statement-breakpoint
CREATE UNIQUE INDEX "monitoring_round_period_uq" ON "monitoring_round" USING btree ("region_code","year","period_kind","period");