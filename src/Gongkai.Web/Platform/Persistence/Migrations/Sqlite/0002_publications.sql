CREATE TABLE "catalog_categories" (
    "id" TEXT NOT NULL CONSTRAINT "pk_catalog_categories" PRIMARY KEY,
    "agency_id" TEXT NOT NULL,
    "parent_id" TEXT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL,
    CONSTRAINT "fk_catalog_categories_agencies_agency_id" FOREIGN KEY ("agency_id") REFERENCES "agencies" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_catalog_categories_catalog_categories_parent_id" FOREIGN KEY ("parent_id") REFERENCES "catalog_categories" ("id") ON DELETE RESTRICT
);

CREATE TABLE "publication_settings" (
    "agency_id" TEXT NOT NULL CONSTRAINT "pk_publication_settings" PRIMARY KEY,
    "index_number_pattern" TEXT NOT NULL,
    "review_interval_months" INTEGER NOT NULL,
    "guide_html" TEXT NOT NULL,
    CONSTRAINT "fk_publication_settings_agencies_agency_id" FOREIGN KEY ("agency_id") REFERENCES "agencies" ("id") ON DELETE CASCADE
);

CREATE TABLE "index_number_counters" (
    "agency_id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "last_serial" INTEGER NOT NULL,
    CONSTRAINT "pk_index_number_counters" PRIMARY KEY ("agency_id", "year"),
    CONSTRAINT "fk_index_number_counters_agencies_agency_id" FOREIGN KEY ("agency_id") REFERENCES "agencies" ("id") ON DELETE CASCADE
);

CREATE TABLE "documents" (
    "id" TEXT NOT NULL CONSTRAINT "pk_documents" PRIMARY KEY,
    "agency_id" TEXT NOT NULL,
    "drafter_id" TEXT NOT NULL,
    "status" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "document_number" TEXT NULL,
    "issuer_code" TEXT NULL,
    "number_year" INTEGER NULL,
    "number_serial" INTEGER NULL,
    "co_issuers" TEXT NOT NULL,
    "written_on" TEXT NOT NULL,
    "topic_code" TEXT NOT NULL,
    "genre" TEXT NOT NULL,
    "category_id" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "keywords" TEXT NOT NULL,
    "body_html" TEXT NOT NULL,
    "needs_interpretation" INTEGER NOT NULL,
    "attribute" INTEGER NOT NULL,
    "attribute_reason" TEXT NOT NULL,
    "attribute_ground" TEXT NOT NULL,
    "is_normative" INTEGER NOT NULL,
    "effective_on" TEXT NULL,
    "expires_on" TEXT NULL,
    "validity" INTEGER NOT NULL,
    "replaced_by_id" TEXT NULL,
    "index_number" TEXT NULL,
    "published_at" TEXT NULL,
    "published_on" TEXT NULL,
    "scheduled_at" TEXT NULL,
    "publication_due_on" TEXT NOT NULL,
    "confidentiality_reviewer_id" TEXT NULL,
    "confidentiality_reviewer_name" TEXT NOT NULL,
    "review_due_on" TEXT NULL,
    "withdrawn_reason" TEXT NOT NULL,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    CONSTRAINT "fk_documents_agencies_agency_id" FOREIGN KEY ("agency_id") REFERENCES "agencies" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_documents_catalog_categories_category_id" FOREIGN KEY ("category_id") REFERENCES "catalog_categories" ("id") ON DELETE RESTRICT
);

CREATE TABLE "document_attachments" (
    "id" TEXT NOT NULL CONSTRAINT "pk_document_attachments" PRIMARY KEY,
    "document_id" TEXT NOT NULL,
    "file_name" TEXT NOT NULL,
    "content_type" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "storage_key" TEXT NOT NULL,
    "uploaded_at" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL,
    CONSTRAINT "fk_document_attachments_documents_document_id" FOREIGN KEY ("document_id") REFERENCES "documents" ("id") ON DELETE CASCADE
);

CREATE TABLE "document_history_entries" (
    "id" TEXT NOT NULL CONSTRAINT "pk_document_history_entries" PRIMARY KEY,
    "document_id" TEXT NOT NULL,
    "at" TEXT NOT NULL,
    "actor_id" TEXT NULL,
    "actor_name" TEXT NOT NULL,
    "action" INTEGER NOT NULL,
    "from" INTEGER NOT NULL,
    "to" INTEGER NOT NULL,
    "note" TEXT NOT NULL,
    CONSTRAINT "fk_document_history_entries_documents_document_id" FOREIGN KEY ("document_id") REFERENCES "documents" ("id") ON DELETE CASCADE
);

CREATE TABLE "document_versions" (
    "id" TEXT NOT NULL CONSTRAINT "pk_document_versions" PRIMARY KEY,
    "document_id" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "body_html" TEXT NOT NULL,
    "superseded_at" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    CONSTRAINT "fk_document_versions_documents_document_id" FOREIGN KEY ("document_id") REFERENCES "documents" ("id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "ix_catalog_categories_agency_id_slug" ON "catalog_categories" ("agency_id", "slug");

CREATE INDEX "ix_catalog_categories_parent_id" ON "catalog_categories" ("parent_id");

CREATE INDEX "ix_document_attachments_document_id" ON "document_attachments" ("document_id");

CREATE INDEX "ix_document_history_entries_document_id_at" ON "document_history_entries" ("document_id", "at");

CREATE UNIQUE INDEX "ix_document_versions_document_id_version" ON "document_versions" ("document_id", "version");

CREATE INDEX "ix_documents_agency_id_category_id_status" ON "documents" ("agency_id", "category_id", "status");

CREATE INDEX "ix_documents_agency_id_status_published_at" ON "documents" ("agency_id", "status", "published_at");

CREATE INDEX "ix_documents_category_id" ON "documents" ("category_id");

CREATE UNIQUE INDEX "ix_documents_index_number" ON "documents" ("index_number");

CREATE INDEX "ix_documents_issuer_code_number_year_number_serial" ON "documents" ("issuer_code", "number_year", "number_serial");
