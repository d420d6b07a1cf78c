-- Redundant with the scope index and cockpit_monitoring_warning_idx; one index fewer to maintain per recomputed warning.
DROP INDEX "monitoring_entry_warning_idx";