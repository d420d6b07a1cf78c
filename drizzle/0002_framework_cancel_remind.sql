ALTER TABLE "calendar_milestone" ADD COLUMN "remind_days_before" smallint DEFAULT 7 NOT NULL;--> statement-breakpoint
ALTER TABLE "calendar_milestone" ADD COLUMN "cancelled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "calendar_milestone" ADD COLUMN "cancel_reason" varchar(200);--> statement-breakpoint
ALTER TABLE "training_session" ADD COLUMN "cancelled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "training_session" ADD COLUMN "cancel_reason" varchar(200);