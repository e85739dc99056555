CREATE TABLE "consultations" (
    "id" TEXT NOT NULL CONSTRAINT "pk_consultations" PRIMARY KEY,
    "agency_id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "body_html" TEXT NOT NULL,
    "opens_on" TEXT NOT NULL,
    "closes_on" TEXT NOT NULL,
    "contact_department" TEXT NOT NULL,
    "contact_phone" TEXT NOT NULL,
    "contact_email" TEXT NOT NULL,
    "status" INTEGER NOT NULL,
    "created_at" TEXT NOT NULL,
    "opened_at" TEXT NULL,
    "report_published_at" TEXT NULL,
    "report_summary" TEXT NOT NULL,
    CONSTRAINT "fk_consultations_agencies_agency_id" FOREIGN KEY ("agency_id") REFERENCES "agencies" ("id") ON DELETE RESTRICT
);

CREATE INDEX "ix_consultations_agency_id_status_closes_on" ON "consultations" ("agency_id", "status", "closes_on");

CREATE TABLE "consultation_settings" (
    "agency_id" TEXT NOT NULL CONSTRAINT "pk_consultation_settings" PRIMARY KEY,
    "minimum_days" INTEGER NOT NULL,
    "moderate_comments" INTEGER NOT NULL,
    CONSTRAINT "fk_consultation_settings_agencies_agency_id" FOREIGN KEY ("agency_id") REFERENCES "agencies" ("id") ON DELETE CASCADE
);

CREATE TABLE "consultation_comments" (
    "id" TEXT NOT NULL CONSTRAINT "pk_consultation_comments" PRIMARY KEY,
    "consultation_id" TEXT NOT NULL,
    "article" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "commenter_name" TEXT NOT NULL,
    "contact" TEXT NOT NULL,
    "submitted_at" TEXT NOT NULL,
    "status" INTEGER NOT NULL,
    "refusal_reason" TEXT NOT NULL,
    "moderated_by" TEXT NOT NULL,
    "moderated_at" TEXT NULL,
    "answer" INTEGER NULL,
    "answer_reason" TEXT NOT NULL,
    "answered_by" TEXT NOT NULL,
    CONSTRAINT "fk_consultation_comments_consultations_consultation_id" FOREIGN KEY ("consultation_id") REFERENCES "consultations" ("id") ON DELETE CASCADE
);

CREATE INDEX "ix_consultation_comments_consultation_id_status_submitted_at" ON "consultation_comments" ("consultation_id", "status", "submitted_at");

CREATE TABLE "consultation_history_entries" (
    "id" TEXT NOT NULL CONSTRAINT "pk_consultation_history_entries" PRIMARY KEY,
    "consultation_id" TEXT NOT NULL,
    "at" TEXT NOT NULL,
    "actor_id" TEXT NULL,
    "actor_name" TEXT NOT NULL,
    "action" INTEGER NOT NULL,
    "from" INTEGER NULL,
    "to" INTEGER NOT NULL,
    "note" TEXT NOT NULL,
    CONSTRAINT "fk_consultation_history_entries_consultations_consultation_id" FOREIGN KEY ("consultation_id") REFERENCES "consultations" ("id") ON DELETE CASCADE
);

CREATE INDEX "ix_consultation_history_entries_consultation_id_at" ON "consultation_history_entries" ("consultation_id", "at");

CREATE TABLE "major_decisions" (
    "id" TEXT NOT NULL CONSTRAINT "pk_major_decisions" PRIMARY KEY,
    "agency_id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "department" TEXT NOT NULL,
    "planned_time" TEXT NOT NULL,
    "status" INTEGER NOT NULL,
    "published" INTEGER NOT NULL,
    "consultation_id" TEXT NULL,
    "document_index_number" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "updated_by" TEXT NOT NULL,
    CONSTRAINT "fk_major_decisions_agencies_agency_id" FOREIGN KEY ("agency_id") REFERENCES "agencies" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_major_decisions_consultations_consultation_id" FOREIGN KEY ("consultation_id") REFERENCES "consultations" ("id") ON DELETE SET NULL
);

CREATE INDEX "ix_major_decisions_agency_id_year" ON "major_decisions" ("agency_id", "year");

CREATE INDEX "ix_major_decisions_consultation_id" ON "major_decisions" ("consultation_id");

CREATE TABLE "major_decision_steps" (
    "decision_id" TEXT NOT NULL,
    "step" INTEGER NOT NULL,
    "state" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    CONSTRAINT "pk_major_decision_steps" PRIMARY KEY ("decision_id", "step"),
    CONSTRAINT "fk_major_decision_steps_major_decisions_decision_id" FOREIGN KEY ("decision_id") REFERENCES "major_decisions" ("id") ON DELETE CASCADE
);
