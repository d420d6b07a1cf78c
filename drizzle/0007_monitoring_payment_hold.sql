CREATE TABLE "monitoring_payment_hold" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "monitoring_payment_hold_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"region_code" varchar(12) NOT NULL,
	"year" smallint NOT NULL,
	"project_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"department_id" integer NOT NULL,
	"entry_id" integer NOT NULL,
	"disposal_id" integer NOT NULL,
	"status" varchar(12) DEFAULT 'suspended' NOT NULL,
	"reason" varchar(500) NOT NULL,
	"suspended_by" integer,
	"suspended_by_name" varchar(40),
	"lift_reason" varchar(500),
	"lifted_by" integer,
	"lifted_by_name" varchar(40),
	"lifted_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "monitoring_payment_hold_active_uq" ON "monitoring_payment_hold" USING btree ("project_id") WHERE status = 'suspended';--> statement-breakpoint
CREATE INDEX "monitoring_payment_hold_scope_idx" ON "monitoring_payment_hold" USING btree ("region_code","status","department_id","unit_id");