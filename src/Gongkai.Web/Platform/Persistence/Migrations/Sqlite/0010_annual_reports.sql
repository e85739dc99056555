CREATE TABLE "annual_reports" (
    "id" TEXT NOT NULL CONSTRAINT "pk_annual_reports" PRIMARY KEY,
    "agency_id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "status" INTEGER NOT NULL,
    "is_manual" INTEGER NOT NULL,
    "overview_html" TEXT NOT NULL,
    "proactive_intro" TEXT NOT NULL,
    "applications_intro" TEXT NOT NULL,
    "challenges_intro" TEXT NOT NULL,
    "problems_html" TEXT NOT NULL,
    "other_html" TEXT NOT NULL,
    "figures_json" TEXT NOT NULL,
    "computed_at" TEXT NULL,
    "published_at" TEXT NULL,
    "published_on" TEXT NULL,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    CONSTRAINT "fk_annual_reports_agencies_agency_id" FOREIGN KEY ("agency_id") REFERENCES "agencies" ("id") ON DELETE RESTRICT
);

CREATE UNIQUE INDEX "ix_annual_reports_agency_id_year" ON "annual_reports" ("agency_id", "year");

CREATE TABLE "annual_report_history_entries" (
    "id" TEXT NOT NULL CONSTRAINT "pk_annual_report_history_entries" PRIMARY KEY,
    "report_id" TEXT NOT NULL,
    "at" TEXT NOT NULL,
    "actor_id" TEXT NULL,
    "actor_name" TEXT NOT NULL,
    "action" INTEGER NOT NULL,
    "from" INTEGER NULL,
    "to" INTEGER NOT NULL,
    "note" TEXT NOT NULL,
    CONSTRAINT "fk_annual_report_history_entries_annual_reports_report_id" FOREIGN KEY ("report_id") REFERENCES "annual_reports" ("id") ON DELETE CASCADE
);

CREATE INDEX "ix_annual_report_history_entries_report_id_at" ON "annual_report_history_entries" ("report_id", "at");
