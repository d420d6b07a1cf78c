-- Warning recomputation rewrites color/v of many monitoring rows at once; free space in each page lets those
-- updates stay HOT (no index entries for unindexed columns). Applies to pages written from now on.
ALTER TABLE "monitoring_indicator" SET (fillfactor = 80);--> statement-breakpoint
ALTER TABLE "monitoring_entry" SET (fillfactor = 80);
