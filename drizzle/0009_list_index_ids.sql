DROP INDEX "project_list_idx";--> statement-breakpoint
DROP INDEX "project_department_list_idx";--> statement-breakpoint
CREATE INDEX "project_list_idx" ON "project" USING btree ("region_code","year" DESC NULLS LAST,"code","id");--> statement-breakpoint
CREATE INDEX "project_department_list_idx" ON "project" USING btree ("department_id","year" DESC NULLS LAST,"code","id");