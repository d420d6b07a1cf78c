-- One expert per login account. The service always refused a second link; only a race could have made one, and
-- then the later expert row gives the account up (its link is set again on the expert form).
UPDATE "expert" e SET "user_id" = NULL
 WHERE e."user_id" IS NOT NULL AND EXISTS (SELECT 1 FROM "expert" x WHERE x."user_id" = e."user_id" AND x."id" < e."id");
--> statement-breakpoint
DROP INDEX "expert_user_idx";--> statement-breakpoint
CREATE UNIQUE INDEX "expert_user_uq" ON "expert" USING btree ("user_id");