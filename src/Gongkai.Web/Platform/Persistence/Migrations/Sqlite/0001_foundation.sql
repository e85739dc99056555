CREATE TABLE "agencies" (
    "id" TEXT NOT NULL CONSTRAINT "pk_agencies" PRIMARY KEY,
    "code" TEXT NOT NULL,
    "full_name" TEXT NOT NULL,
    "short_name" TEXT NOT NULL,
    "level" INTEGER NOT NULL,
    "parent_id" TEXT NULL,
    "sort_order" INTEGER NOT NULL,
    "credit_code" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "office_hours" TEXT NOT NULL,
    "disclosure_office_contact" TEXT NOT NULL,
    CONSTRAINT "fk_agencies_agencies_parent_id" FOREIGN KEY ("parent_id") REFERENCES "agencies" ("id") ON DELETE RESTRICT
);


CREATE TABLE "audit_entries" (
    "id" TEXT NOT NULL CONSTRAINT "pk_audit_entries" PRIMARY KEY,
    "at" TEXT NOT NULL,
    "actor_id" TEXT NULL,
    "actor_name" TEXT NOT NULL,
    "agency_id" TEXT NULL,
    "action" TEXT NOT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_id" TEXT NOT NULL,
    "operation" TEXT NOT NULL,
    "changes" TEXT NOT NULL
);


CREATE TABLE "calendar_arrangements" (
    "date" TEXT NOT NULL CONSTRAINT "pk_calendar_arrangements" PRIMARY KEY,
    "is_off_day" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "added_by" TEXT NOT NULL,
    "added_at" TEXT NOT NULL
);


CREATE TABLE "calendar_years" (
    "year" INTEGER NOT NULL CONSTRAINT "pk_calendar_years" PRIMARY KEY,
    "confirmed_by" TEXT NOT NULL,
    "confirmed_at" TEXT NOT NULL
);


CREATE TABLE "staff_users" (
    "id" TEXT NOT NULL CONSTRAINT "pk_staff_users" PRIMARY KEY,
    "display_name" TEXT NOT NULL,
    "agency_id" TEXT NOT NULL,
    "department_id" TEXT NULL,
    "disabled" INTEGER NOT NULL,
    "user_name" TEXT NULL,
    "normalized_user_name" TEXT NULL,
    "email" TEXT NULL,
    "normalized_email" TEXT NULL,
    "email_confirmed" INTEGER NOT NULL,
    "password_hash" TEXT NULL,
    "security_stamp" TEXT NULL,
    "concurrency_stamp" TEXT NULL,
    "phone_number" TEXT NULL,
    "phone_number_confirmed" INTEGER NOT NULL,
    "two_factor_enabled" INTEGER NOT NULL,
    "lockout_end" TEXT NULL,
    "lockout_enabled" INTEGER NOT NULL,
    "access_failed_count" INTEGER NOT NULL
);


CREATE TABLE "departments" (
    "id" TEXT NOT NULL CONSTRAINT "pk_departments" PRIMARY KEY,
    "agency_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL,
    CONSTRAINT "fk_departments_agencies_agency_id" FOREIGN KEY ("agency_id") REFERENCES "agencies" ("id") ON DELETE RESTRICT
);


CREATE TABLE "role_grants" (
    "id" TEXT NOT NULL CONSTRAINT "pk_role_grants" PRIMARY KEY,
    "user_id" TEXT NOT NULL,
    "agency_id" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    CONSTRAINT "fk_role_grants_agencies_agency_id" FOREIGN KEY ("agency_id") REFERENCES "agencies" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_role_grants_staff_users_user_id" FOREIGN KEY ("user_id") REFERENCES "staff_users" ("id") ON DELETE CASCADE
);


CREATE TABLE "staff_user_claims" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_staff_user_claims" PRIMARY KEY AUTOINCREMENT,
    "user_id" TEXT NOT NULL,
    "claim_type" TEXT NULL,
    "claim_value" TEXT NULL,
    CONSTRAINT "fk_staff_user_claims_staff_users_user_id" FOREIGN KEY ("user_id") REFERENCES "staff_users" ("id") ON DELETE CASCADE
);


CREATE TABLE "staff_user_logins" (
    "login_provider" TEXT NOT NULL,
    "provider_key" TEXT NOT NULL,
    "provider_display_name" TEXT NULL,
    "user_id" TEXT NOT NULL,
    CONSTRAINT "pk_staff_user_logins" PRIMARY KEY ("login_provider", "provider_key"),
    CONSTRAINT "fk_staff_user_logins_staff_users_user_id" FOREIGN KEY ("user_id") REFERENCES "staff_users" ("id") ON DELETE CASCADE
);


CREATE TABLE "staff_user_tokens" (
    "user_id" TEXT NOT NULL,
    "login_provider" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "value" TEXT NULL,
    CONSTRAINT "pk_staff_user_tokens" PRIMARY KEY ("user_id", "login_provider", "name"),
    CONSTRAINT "fk_staff_user_tokens_staff_users_user_id" FOREIGN KEY ("user_id") REFERENCES "staff_users" ("id") ON DELETE CASCADE
);


CREATE UNIQUE INDEX "ix_agencies_code" ON "agencies" ("code");


CREATE INDEX "ix_agencies_parent_id" ON "agencies" ("parent_id");


CREATE INDEX "ix_audit_entries_agency_id_at" ON "audit_entries" ("agency_id", "at");


CREATE UNIQUE INDEX "ix_departments_agency_id_name" ON "departments" ("agency_id", "name");


CREATE INDEX "ix_role_grants_agency_id" ON "role_grants" ("agency_id");


CREATE UNIQUE INDEX "ix_role_grants_user_id_agency_id_role" ON "role_grants" ("user_id", "agency_id", "role");


CREATE INDEX "ix_staff_user_claims_user_id" ON "staff_user_claims" ("user_id");


CREATE INDEX "ix_staff_user_logins_user_id" ON "staff_user_logins" ("user_id");


CREATE INDEX "email_index" ON "staff_users" ("normalized_email");


CREATE INDEX "ix_staff_users_agency_id" ON "staff_users" ("agency_id");


CREATE UNIQUE INDEX "user_name_index" ON "staff_users" ("normalized_user_name");



