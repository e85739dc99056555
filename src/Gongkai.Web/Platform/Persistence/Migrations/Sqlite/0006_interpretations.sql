CREATE TABLE "interpretations" (
    "id" TEXT NOT NULL CONSTRAINT "pk_interpretations" PRIMARY KEY,
    "agency_id" TEXT NOT NULL,
    "drafter_id" TEXT NOT NULL,
    "drafter_name" TEXT NOT NULL,
    "status" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "form" INTEGER NOT NULL,
    "body_html" TEXT NOT NULL,
    "media_url" TEXT NULL,
    "published_at" TEXT NULL,
    "published_on" TEXT NULL,
    "withdrawn_reason" TEXT NOT NULL,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    CONSTRAINT "fk_interpretations_agencies_agency_id" FOREIGN KEY ("agency_id") REFERENCES "agencies" ("id") ON DELETE RESTRICT
);

CREATE TABLE "interpretation_history_entries" (
    "id" TEXT NOT NULL CONSTRAINT "pk_interpretation_history_entries" PRIMARY KEY,
    "interpretation_id" TEXT NOT NULL,
    "at" TEXT NOT NULL,
    "actor_id" TEXT NULL,
    "actor_name" TEXT NOT NULL,
    "action" INTEGER NOT NULL,
    "from" INTEGER NOT NULL,
    "to" INTEGER NOT NULL,
    "note" TEXT NOT NULL,
    CONSTRAINT "fk_interpretation_history_entries_interpretations_interpretation_id" FOREIGN KEY ("interpretation_id") REFERENCES "interpretations" ("id") ON DELETE CASCADE
);

CREATE TABLE "interpretation_questions" (
    "id" TEXT NOT NULL CONSTRAINT "pk_interpretation_questions" PRIMARY KEY,
    "interpretation_id" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL,
    "question" TEXT NOT NULL,
    "answer" TEXT NOT NULL,
    CONSTRAINT "fk_interpretation_questions_interpretations_interpretation_id" FOREIGN KEY ("interpretation_id") REFERENCES "interpretations" ("id") ON DELETE CASCADE
);

CREATE TABLE "interpreted_documents" (
    "interpretation_id" TEXT NOT NULL,
    "document_id" TEXT NOT NULL,
    CONSTRAINT "pk_interpreted_documents" PRIMARY KEY ("interpretation_id", "document_id"),
    CONSTRAINT "fk_interpreted_documents_documents_document_id" FOREIGN KEY ("document_id") REFERENCES "documents" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_interpreted_documents_interpretations_interpretation_id" FOREIGN KEY ("interpretation_id") REFERENCES "interpretations" ("id") ON DELETE CASCADE
);

CREATE INDEX "ix_interpretation_history_entries_interpretation_id_at" ON "interpretation_history_entries" ("interpretation_id", "at");

CREATE INDEX "ix_interpretation_questions_interpretation_id_sort_order" ON "interpretation_questions" ("interpretation_id", "sort_order");

CREATE INDEX "ix_interpretations_agency_id_status_published_at" ON "interpretations" ("agency_id", "status", "published_at");

CREATE INDEX "ix_interpreted_documents_document_id" ON "interpreted_documents" ("document_id");
