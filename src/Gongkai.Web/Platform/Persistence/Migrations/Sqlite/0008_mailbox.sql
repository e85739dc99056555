CREATE TABLE "mailbox_counters" (
    "agency_id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "last_serial" INTEGER NOT NULL,
    CONSTRAINT "pk_mailbox_counters" PRIMARY KEY ("agency_id", "year"),
    CONSTRAINT "fk_mailbox_counters_agencies_agency_id" FOREIGN KEY ("agency_id") REFERENCES "agencies" ("id") ON DELETE CASCADE
);

CREATE TABLE "mailbox_settings" (
    "agency_id" TEXT NOT NULL CONSTRAINT "pk_mailbox_settings" PRIMARY KEY,
    "answer_working_days" INTEGER NOT NULL,
    CONSTRAINT "fk_mailbox_settings_agencies_agency_id" FOREIGN KEY ("agency_id") REFERENCES "agencies" ("id") ON DELETE CASCADE
);

CREATE TABLE "mailbox_messages" (
    "id" TEXT NOT NULL CONSTRAINT "pk_mailbox_messages" PRIMARY KEY,
    "agency_id" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "query_code_hash" TEXT NOT NULL,
    "box" INTEGER NOT NULL,
    "category" INTEGER NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "writer_name" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "keep_private" INTEGER NOT NULL,
    "status" INTEGER NOT NULL,
    "submitted_at" TEXT NOT NULL,
    "received_on" TEXT NOT NULL,
    "due_on" TEXT NOT NULL,
    "answer_working_days" INTEGER NOT NULL,
    "due_on_provisional" INTEGER NOT NULL,
    "department_id" TEXT NULL,
    "department_name" TEXT NOT NULL,
    "handler_id" TEXT NULL,
    "handler_name" TEXT NOT NULL,
    "answer" TEXT NOT NULL,
    "answered_by" TEXT NOT NULL,
    "answered_on" TEXT NULL,
    "published_on" TEXT NULL,
    "reject_reason" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    CONSTRAINT "fk_mailbox_messages_agencies_agency_id" FOREIGN KEY ("agency_id") REFERENCES "agencies" ("id") ON DELETE RESTRICT
);

CREATE TABLE "mailbox_message_history_entries" (
    "id" TEXT NOT NULL CONSTRAINT "pk_mailbox_message_history_entries" PRIMARY KEY,
    "message_id" TEXT NOT NULL,
    "at" TEXT NOT NULL,
    "actor_id" TEXT NULL,
    "actor_name" TEXT NOT NULL,
    "action" INTEGER NOT NULL,
    "from" INTEGER NULL,
    "to" INTEGER NOT NULL,
    "note" TEXT NOT NULL,
    CONSTRAINT "fk_mailbox_message_history_entries_mailbox_messages_message_id" FOREIGN KEY ("message_id") REFERENCES "mailbox_messages" ("id") ON DELETE CASCADE
);

CREATE INDEX "ix_mailbox_message_history_entries_message_id_at" ON "mailbox_message_history_entries" ("message_id", "at");

CREATE UNIQUE INDEX "ix_mailbox_messages_agency_id_number" ON "mailbox_messages" ("agency_id", "number");

CREATE INDEX "ix_mailbox_messages_agency_id_status_due_on" ON "mailbox_messages" ("agency_id", "status", "due_on");

CREATE INDEX "ix_mailbox_messages_agency_id_status_published_on" ON "mailbox_messages" ("agency_id", "status", "published_on");
