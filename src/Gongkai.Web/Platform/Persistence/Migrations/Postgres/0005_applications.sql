CREATE TABLE application_counters (
    agency_id uuid NOT NULL,
    year integer NOT NULL,
    kind integer NOT NULL,
    last_serial integer NOT NULL,
    CONSTRAINT pk_application_counters PRIMARY KEY (agency_id, year, kind),
    CONSTRAINT fk_application_counters_agencies_agency_id FOREIGN KEY (agency_id) REFERENCES agencies (id) ON DELETE CASCADE
);

CREATE TABLE application_settings (
    agency_id uuid NOT NULL,
    payment_working_days integer NOT NULL,
    supplement_working_days integer NOT NULL,
    review_body character varying(100) NOT NULL,
    court character varying(100) NOT NULL,
    letter_prefix character varying(32) NOT NULL,
    CONSTRAINT pk_application_settings PRIMARY KEY (agency_id),
    CONSTRAINT fk_application_settings_agencies_agency_id FOREIGN KEY (agency_id) REFERENCES agencies (id) ON DELETE CASCADE
);

CREATE TABLE applications (
    id uuid NOT NULL,
    agency_id uuid NOT NULL,
    number character varying(32) NOT NULL,
    query_code_hash character varying(64) NOT NULL,
    status integer NOT NULL,
    channel integer NOT NULL,
    submitted_at timestamp with time zone NOT NULL,
    received_on date,
    applicant_kind integer NOT NULL,
    applicant_name character varying(100) NOT NULL,
    id_type integer,
    id_number character varying(32) NOT NULL,
    credit_code character varying(18) NOT NULL,
    legal_representative character varying(50) NOT NULL,
    contact_name character varying(50) NOT NULL,
    phone character varying(32) NOT NULL,
    email character varying(100) NOT NULL,
    address character varying(200) NOT NULL,
    postal_code character varying(6) NOT NULL,
    applicant_key character varying(48) NOT NULL,
    description character varying(2000) NOT NULL,
    document_title character varying(200) NOT NULL,
    document_number character varying(64) NOT NULL,
    delivery integer NOT NULL,
    format integer NOT NULL,
    possible_repeat_of_id uuid,
    clock_starts_on date,
    reply_due_on date,
    working_days_left_when_stopped integer,
    paused_working_days integer NOT NULL,
    deadlines_provisional boolean NOT NULL,
    supplement_notice_due_on date,
    supplement_requested_on date,
    supplement_working_days integer NOT NULL,
    supplement_due_on date,
    supplement_request character varying(2000) NOT NULL,
    supplement_received_on date,
    supplement_text character varying(2000) NOT NULL,
    department_id uuid,
    department_name character varying(64) NOT NULL,
    handler_id uuid,
    handler_name character varying(64) NOT NULL,
    extension_days integer NOT NULL,
    extension_reason character varying(1000) NOT NULL,
    extended_on date,
    extension_approver character varying(64) NOT NULL,
    extended_due_on date,
    fee_method integer,
    fee_quantity integer NOT NULL,
    fee_amount numeric(12,2) NOT NULL,
    fee_notice_on date,
    payment_working_days integer NOT NULL,
    payment_due_on date,
    paid_on date,
    outcome integer,
    reply_type integer,
    decision_reason character varying(4000) NOT NULL,
    withheld_parts character varying(2000) NOT NULL,
    reply_details character varying(2000) NOT NULL,
    decided_on date,
    reply_number character varying(64) NOT NULL,
    replied_on date,
    delivered_by integer,
    delivered_on date,
    service_receipt_signer character varying(50) NOT NULL,
    service_receipt_signed_on date,
    archived_on date,
    archive_note character varying(1000) NOT NULL,
    discard_reason character varying(1000) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_applications PRIMARY KEY (id),
    CONSTRAINT fk_applications_agencies_agency_id FOREIGN KEY (agency_id) REFERENCES agencies (id) ON DELETE RESTRICT
);

CREATE TABLE application_challenges (
    id uuid NOT NULL,
    application_id uuid NOT NULL,
    agency_id uuid NOT NULL,
    kind integer NOT NULL,
    filed_on date NOT NULL,
    body character varying(100) NOT NULL,
    case_number character varying(64) NOT NULL,
    result integer NOT NULL,
    concluded_on date,
    result_note character varying(1000) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_application_challenges PRIMARY KEY (id),
    CONSTRAINT fk_application_challenges_agencies_agency_id FOREIGN KEY (agency_id) REFERENCES agencies (id) ON DELETE RESTRICT,
    CONSTRAINT fk_application_challenges_applications_application_id FOREIGN KEY (application_id) REFERENCES applications (id) ON DELETE CASCADE
);

CREATE TABLE application_consultations (
    id uuid NOT NULL,
    application_id uuid NOT NULL,
    party integer NOT NULL,
    party_name character varying(100) NOT NULL,
    matter character varying(1000) NOT NULL,
    sent_on date NOT NULL,
    due_on date NOT NULL,
    answered_on date,
    answer character varying(2000) NOT NULL,
    CONSTRAINT pk_application_consultations PRIMARY KEY (id),
    CONSTRAINT fk_application_consultations_applications_application_id FOREIGN KEY (application_id) REFERENCES applications (id) ON DELETE CASCADE
);

CREATE TABLE application_history_entries (
    id uuid NOT NULL,
    application_id uuid NOT NULL,
    at timestamp with time zone NOT NULL,
    actor_id uuid,
    actor_name character varying(64) NOT NULL,
    action integer NOT NULL,
    "from" integer,
    "to" integer NOT NULL,
    note character varying(1000) NOT NULL,
    CONSTRAINT pk_application_history_entries PRIMARY KEY (id),
    CONSTRAINT fk_application_history_entries_applications_application_id FOREIGN KEY (application_id) REFERENCES applications (id) ON DELETE CASCADE
);

CREATE INDEX ix_application_challenges_agency_id_filed_on ON application_challenges (agency_id, filed_on);

CREATE INDEX ix_application_challenges_application_id ON application_challenges (application_id);

CREATE INDEX ix_application_consultations_application_id ON application_consultations (application_id);

CREATE INDEX ix_application_history_entries_application_id_at ON application_history_entries (application_id, at);

CREATE INDEX ix_applications_agency_id_applicant_key ON applications (agency_id, applicant_key);

CREATE UNIQUE INDEX ix_applications_agency_id_number ON applications (agency_id, number);

CREATE INDEX ix_applications_agency_id_status_reply_due_on ON applications (agency_id, status, reply_due_on);

CREATE INDEX ix_applications_agency_id_submitted_at ON applications (agency_id, submitted_at);
