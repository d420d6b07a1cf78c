-- Covering indexes for the cockpit's per-region counts (loop bars and warnings by department): each count is an
-- index-only scan of one region's rows instead of a heap visit per row (province scale: 300k projects).
CREATE INDEX IF NOT EXISTS "cockpit_target_loop_idx" ON "performance_target" ("region_code", "year", "status", "is_current", "project_id");--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "cockpit_monitoring_loop_idx" ON "monitoring_entry" ("region_code", "year", "status", "project_id");--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "cockpit_self_evaluation_loop_idx" ON "self_evaluation" ("region_code", "year", "status", "project_id");--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "cockpit_monitoring_warning_idx" ON "monitoring_entry" ("round_id", "department_id", "warning_color");
