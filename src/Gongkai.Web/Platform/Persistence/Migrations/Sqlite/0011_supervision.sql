CREATE TABLE "supervision_digests" (
    "id" TEXT NOT NULL CONSTRAINT "pk_supervision_digests" PRIMARY KEY,
    "recipient_id" TEXT NOT NULL,
    "agency_id" TEXT NOT NULL,
    "digest_date" TEXT NOT NULL,
    "overdue_count" INTEGER NOT NULL,
    "due_soon_count" INTEGER NOT NULL,
    "items" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "created_at" TEXT NOT NULL,
    "email_to" TEXT NOT NULL,
    "emailed_at" TEXT NULL,
    "email_error" TEXT NOT NULL,
    CONSTRAINT "fk_supervision_digests_staff_users_recipient_id" FOREIGN KEY ("recipient_id") REFERENCES "staff_users" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_supervision_digests_agencies_agency_id" FOREIGN KEY ("agency_id") REFERENCES "agencies" ("id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "ix_supervision_digests_recipient_id_digest_date" ON "supervision_digests" ("recipient_id", "digest_date");

CREATE INDEX "ix_supervision_digests_agency_id_digest_date" ON "supervision_digests" ("agency_id", "digest_date");
