CREATE TABLE "list_version" (
	"region_code" varchar(12) NOT NULL,
	"list" varchar(40) NOT NULL,
	"version" bigint NOT NULL,
	CONSTRAINT "list_version_region_code_list_pk" PRIMARY KEY("region_code","list")
);
--> statement-breakpoint
CREATE INDEX "library_indicator_list_idx" ON "library_indicator" USING btree ("region_code","year","field_code","level1","level2","id");--> statement-breakpoint
CREATE INDEX "project_list_idx" ON "project" USING btree ("region_code","year" DESC NULLS LAST,"code");--> statement-breakpoint
CREATE INDEX "project_department_list_idx" ON "project" USING btree ("department_id","year" DESC NULLS LAST,"code");