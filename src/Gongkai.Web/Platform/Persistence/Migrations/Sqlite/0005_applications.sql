CREATE TABLE "application_counters" (
    "agency_id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "kind" INTEGER NOT NULL,
    "last_serial" INTEGER NOT NULL,
    CONSTRAINT "pk_application_counters" PRIMARY KEY ("agency_id", "year", "kind"),
    CONSTRAINT "fk_application_counters_agencies_agency_id" FOREIGN KEY ("agency_id") REFERENCES "agencies" ("id") ON DELETE CASCADE
);

CREATE TABLE "application_settings" (
    "agency_id" TEXT NOT NULL CONSTRAINT "pk_application_settings" PRIMARY KEY,
    "payment_working_days" INTEGER NOT NULL,
    "supplement_working_days" INTEGER NOT NULL,
    "review_body" TEXT NOT NULL,
    "court" TEXT NOT NULL,
    "letter_prefix" TEXT NOT NULL,
    CONSTRAINT "fk_application_settings_agencies_agency_id" FOREIGN KEY ("agency_id") REFERENCES "agencies" ("id") ON DELETE CASCADE
);

CREATE TABLE "applications" (
    "id" TEXT NOT NULL CONSTRAINT "pk_applications" PRIMARY KEY,
    "agency_id" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "query_code_hash" TEXT NOT NULL,
    "status" INTEGER NOT NULL,
    "channel" INTEGER NOT NULL,
    "submitted_at" TEXT NOT NULL,
    "received_on" TEXT NULL,
    "applicant_kind" INTEGER NOT NULL,
    "applicant_name" TEXT NOT NULL,
    "id_type" INTEGER NULL,
    "id_number" TEXT NOT NULL,
    "credit_code" TEXT NOT NULL,
    "legal_representative" TEXT NOT NULL,
    "contact_name" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "postal_code" TEXT NOT NULL,
    "applicant_key" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "document_title" TEXT NOT NULL,
    "document_number" TEXT NOT NULL,
    "delivery" INTEGER NOT NULL,
    "format" INTEGER NOT NULL,
    "possible_repeat_of_id" TEXT NULL,
    "clock_starts_on" TEXT NULL,
    "reply_due_on" TEXT NULL,
    "working_days_left_when_stopped" INTEGER NULL,
    "paused_working_days" INTEGER NOT NULL,
    "deadlines_provisional" INTEGER NOT NULL,
    "supplement_notice_due_on" TEXT NULL,
    "supplement_requested_on" TEXT NULL,
    "supplement_working_days" INTEGER NOT NULL,
    "supplement_due_on" TEXT NULL,
    "supplement_request" TEXT NOT NULL,
    "supplement_received_on" TEXT NULL,
    "supplement_text" TEXT NOT NULL,
    "department_id" TEXT NULL,
    "department_name" TEXT NOT NULL,
    "handler_id" TEXT NULL,
    "handler_name" TEXT NOT NULL,
    "extension_days" INTEGER NOT NULL,
    "extension_reason" TEXT NOT NULL,
    "extended_on" TEXT NULL,
    "extension_approver" TEXT NOT NULL,
    "extended_due_on" TEXT NULL,
    "fee_method" INTEGER NULL,
    "fee_quantity" INTEGER NOT NULL,
    "fee_amount" TEXT NOT NULL,
    "fee_notice_on" TEXT NULL,
    "payment_working_days" INTEGER NOT NULL,
    "payment_due_on" TEXT NULL,
    "paid_on" TEXT NULL,
    "outcome" INTEGER NULL,
    "reply_type" INTEGER NULL,
    "decision_reason" TEXT NOT NULL,
    "withheld_parts" TEXT NOT NULL,
    "reply_details" TEXT NOT NULL,
    "decided_on" TEXT NULL,
    "reply_number" TEXT NOT NULL,
    "replied_on" TEXT NULL,
    "delivered_by" INTEGER NULL,
    "delivered_on" TEXT NULL,
    "service_receipt_signer" TEXT NOT NULL,
    "service_receipt_signed_on" TEXT NULL,
    "archived_on" TEXT NULL,
    "archive_note" TEXT NOT NULL,
    "discard_reason" TEXT NOT NULL,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    CONSTRAINT "fk_applications_agencies_agency_id" FOREIGN KEY ("agency_id") REFERENCES "agencies" ("id") ON DELETE RESTRICT
);

CREATE TABLE "application_challenges" (
    "id" TEXT NOT NULL CONSTRAINT "pk_application_challenges" PRIMARY KEY,
    "application_id" TEXT NOT NULL,
    "agency_id" TEXT NOT NULL,
    "kind" INTEGER NOT NULL,
    "filed_on" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "case_number" TEXT NOT NULL,
    "result" INTEGER NOT NULL,
    "concluded_on" TEXT NULL,
    "result_note" TEXT NOT NULL,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    CONSTRAINT "fk_application_challenges_agencies_agency_id" FOREIGN KEY ("agency_id") REFERENCES "agencies" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_application_challenges_applications_application_id" FOREIGN KEY ("application_id") REFERENCES "applications" ("id") ON DELETE CASCADE
);

CREATE TABLE "application_consultations" (
    "id" TEXT NOT NULL CONSTRAINT "pk_application_consultations" PRIMARY KEY,
    "application_id" TEXT NOT NULL,
    "party" INTEGER NOT NULL,
    "party_name" TEXT NOT NULL,
    "matter" TEXT NOT NULL,
    "sent_on" TEXT NOT NULL,
    "due_on" TEXT NOT NULL,
    "answered_on" TEXT NULL,
    "answer" TEXT NOT NULL,
    CONSTRAINT "fk_application_consultations_applications_application_id" FOREIGN KEY ("application_id") REFERENCES "applications" ("id") ON DELETE CASCADE
);

CREATE TABLE "application_history_entries" (
    "id" TEXT NOT NULL CONSTRAINT "pk_application_history_entries" PRIMARY KEY,
    "application_id" TEXT NOT NULL,
    "at" TEXT NOT NULL,
    "actor_id" TEXT NULL,
    "actor_name" TEXT NOT NULL,
    "action" INTEGER NOT NULL,
    "from" INTEGER NULL,
    "to" INTEGER NOT NULL,
    "note" TEXT NOT NULL,
    CONSTRAINT "fk_application_history_entries_applications_application_id" FOREIGN KEY ("application_id") REFERENCES "applications" ("id") ON DELETE CASCADE
);

CREATE INDEX "ix_application_challenges_agency_id_filed_on" ON "application_challenges" ("agency_id", "filed_on");

CREATE INDEX "ix_application_challenges_application_id" ON "application_challenges" ("application_id");

CREATE INDEX "ix_application_consultations_application_id" ON "application_consultations" ("application_id");

CREATE INDEX "ix_application_history_entries_application_id_at" ON "application_history_entries" ("application_id", "at");

CREATE INDEX "ix_applications_agency_id_applicant_key" ON "applications" ("agency_id", "applicant_key");

CREATE UNIQUE INDEX "ix_applications_agency_id_number" ON "applications" ("agency_id", "number");

CREATE INDEX "ix_applications_agency_id_status_reply_due_on" ON "applications" ("agency_id", "status", "reply_due_on");

CREATE INDEX "ix_applications_agency_id_submitted_at" ON "applications" ("agency_id", "submitted_at");
