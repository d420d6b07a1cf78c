ALTER TABLE "review_batch" ADD COLUMN "summary" jsonb;--> statement-breakpoint
ALTER TABLE "review_batch" ADD COLUMN "closed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "review_batch" ADD COLUMN "closed_by" integer;--> statement-breakpoint
ALTER TABLE "review_batch" ADD COLUMN "reopen_reason" varchar(500);