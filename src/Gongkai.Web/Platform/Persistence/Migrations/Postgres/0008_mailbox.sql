CREATE TABLE mailbox_counters (
    agency_id uuid NOT NULL,
    year integer NOT NULL,
    last_serial integer NOT NULL,
    CONSTRAINT pk_mailbox_counters PRIMARY KEY (agency_id, year),
    CONSTRAINT fk_mailbox_counters_agencies_agency_id FOREIGN KEY (agency_id) REFERENCES agencies (id) ON DELETE CASCADE
);

CREATE TABLE mailbox_settings (
    agency_id uuid NOT NULL,
    answer_working_days integer NOT NULL,
    CONSTRAINT pk_mailbox_settings PRIMARY KEY (agency_id),
    CONSTRAINT fk_mailbox_settings_agencies_agency_id FOREIGN KEY (agency_id) REFERENCES agencies (id) ON DELETE CASCADE
);

CREATE TABLE mailbox_messages (
    id uuid NOT NULL,
    agency_id uuid NOT NULL,
    number character varying(32) NOT NULL,
    query_code_hash character varying(64) NOT NULL,
    box integer NOT NULL,
    category integer NOT NULL,
    subject character varying(100) NOT NULL,
    body character varying(2000) NOT NULL,
    writer_name character varying(50) NOT NULL,
    phone character varying(32) NOT NULL,
    email character varying(100) NOT NULL,
    keep_private boolean NOT NULL,
    status integer NOT NULL,
    submitted_at timestamp with time zone NOT NULL,
    received_on date NOT NULL,
    due_on date NOT NULL,
    answer_working_days integer NOT NULL,
    due_on_provisional boolean NOT NULL,
    department_id uuid,
    department_name character varying(64) NOT NULL,
    handler_id uuid,
    handler_name character varying(64) NOT NULL,
    answer character varying(4000) NOT NULL,
    answered_by character varying(64) NOT NULL,
    answered_on date,
    published_on date,
    reject_reason character varying(1000) NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_mailbox_messages PRIMARY KEY (id),
    CONSTRAINT fk_mailbox_messages_agencies_agency_id FOREIGN KEY (agency_id) REFERENCES agencies (id) ON DELETE RESTRICT
);

CREATE TABLE mailbox_message_history_entries (
    id uuid NOT NULL,
    message_id uuid NOT NULL,
    at timestamp with time zone NOT NULL,
    actor_id uuid,
    actor_name character varying(64) NOT NULL,
    action integer NOT NULL,
    "from" integer,
    "to" integer NOT NULL,
    note character varying(1000) NOT NULL,
    CONSTRAINT pk_mailbox_message_history_entries PRIMARY KEY (id),
    CONSTRAINT fk_mailbox_message_history_entries_mailbox_messages_message_id FOREIGN KEY (message_id) REFERENCES mailbox_messages (id) ON DELETE CASCADE
);

CREATE INDEX ix_mailbox_message_history_entries_message_id_at ON mailbox_message_history_entries (message_id, at);

CREATE UNIQUE INDEX ix_mailbox_messages_agency_id_number ON mailbox_messages (agency_id, number);

CREATE INDEX ix_mailbox_messages_agency_id_status_due_on ON mailbox_messages (agency_id, status, due_on);

CREATE INDEX ix_mailbox_messages_agency_id_status_published_on ON mailbox_messages (agency_id, status, published_on);
