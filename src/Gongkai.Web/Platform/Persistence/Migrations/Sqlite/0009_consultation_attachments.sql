CREATE TABLE "consultation_attachments" (
    "id" TEXT NOT NULL CONSTRAINT "pk_consultation_attachments" PRIMARY KEY,
    "consultation_id" TEXT NOT NULL,
    "file_name" TEXT NOT NULL,
    "content_type" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "storage_key" TEXT NOT NULL,
    "uploaded_at" TEXT NOT NULL,
    "uploaded_by" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL,
    CONSTRAINT "fk_consultation_attachments_consultations_consultation_id" FOREIGN KEY ("consultation_id") REFERENCES "consultations" ("id") ON DELETE CASCADE
);

CREATE INDEX "ix_consultation_attachments_consultation_id" ON "consultation_attachments" ("consultation_id");
