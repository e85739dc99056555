CREATE TABLE consultations (
    id uuid NOT NULL,
    agency_id uuid NOT NULL,
    title character varying(200) NOT NULL,
    summary character varying(1000) NOT NULL,
    body_html text NOT NULL,
    opens_on date NOT NULL,
    closes_on date NOT NULL,
    contact_department character varying(64) NOT NULL,
    contact_phone character varying(32) NOT NULL,
    contact_email character varying(100) NOT NULL,
    status integer NOT NULL,
    created_at timestamp with time zone NOT NULL,
    opened_at timestamp with time zone,
    report_published_at timestamp with time zone,
    report_summary character varying(4000) NOT NULL,
    CONSTRAINT pk_consultations PRIMARY KEY (id),
    CONSTRAINT fk_consultations_agencies_agency_id FOREIGN KEY (agency_id) REFERENCES agencies (id) ON DELETE RESTRICT
);

CREATE INDEX ix_consultations_agency_id_status_closes_on ON consultations (agency_id, status, closes_on);

CREATE TABLE consultation_settings (
    agency_id uuid NOT NULL,
    minimum_days integer NOT NULL,
    moderate_comments boolean NOT NULL,
    CONSTRAINT pk_consultation_settings PRIMARY KEY (agency_id),
    CONSTRAINT fk_consultation_settings_agencies_agency_id FOREIGN KEY (agency_id) REFERENCES agencies (id) ON DELETE CASCADE
);

CREATE TABLE consultation_comments (
    id uuid NOT NULL,
    consultation_id uuid NOT NULL,
    article character varying(32) NOT NULL,
    text character varying(2000) NOT NULL,
    commenter_name character varying(50) NOT NULL,
    contact character varying(100) NOT NULL,
    submitted_at timestamp with time zone NOT NULL,
    status integer NOT NULL,
    refusal_reason character varying(1000) NOT NULL,
    moderated_by character varying(64) NOT NULL,
    moderated_at timestamp with time zone,
    answer integer,
    answer_reason character varying(1000) NOT NULL,
    answered_by character varying(64) NOT NULL,
    CONSTRAINT pk_consultation_comments PRIMARY KEY (id),
    CONSTRAINT fk_consultation_comments_consultations_consultation_id FOREIGN KEY (consultation_id) REFERENCES consultations (id) ON DELETE CASCADE
);

CREATE INDEX ix_consultation_comments_consultation_id_status_submitted_at ON consultation_comments (consultation_id, status, submitted_at);

CREATE TABLE consultation_history_entries (
    id uuid NOT NULL,
    consultation_id uuid NOT NULL,
    at timestamp with time zone NOT NULL,
    actor_id uuid,
    actor_name character varying(64) NOT NULL,
    action integer NOT NULL,
    "from" integer,
    "to" integer NOT NULL,
    note character varying(1000) NOT NULL,
    CONSTRAINT pk_consultation_history_entries PRIMARY KEY (id),
    CONSTRAINT fk_consultation_history_entries_consultations_consultation_id FOREIGN KEY (consultation_id) REFERENCES consultations (id) ON DELETE CASCADE
);

CREATE INDEX ix_consultation_history_entries_consultation_id_at ON consultation_history_entries (consultation_id, at);

CREATE TABLE major_decisions (
    id uuid NOT NULL,
    agency_id uuid NOT NULL,
    year integer NOT NULL,
    title character varying(200) NOT NULL,
    department character varying(64) NOT NULL,
    planned_time character varying(64) NOT NULL,
    status integer NOT NULL,
    published boolean NOT NULL,
    consultation_id uuid,
    document_index_number character varying(64) NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    updated_by character varying(64) NOT NULL,
    CONSTRAINT pk_major_decisions PRIMARY KEY (id),
    CONSTRAINT fk_major_decisions_agencies_agency_id FOREIGN KEY (agency_id) REFERENCES agencies (id) ON DELETE RESTRICT,
    CONSTRAINT fk_major_decisions_consultations_consultation_id FOREIGN KEY (consultation_id) REFERENCES consultations (id) ON DELETE SET NULL
);

CREATE INDEX ix_major_decisions_agency_id_year ON major_decisions (agency_id, year);

CREATE INDEX ix_major_decisions_consultation_id ON major_decisions (consultation_id);

CREATE TABLE major_decision_steps (
    decision_id uuid NOT NULL,
    step integer NOT NULL,
    state integer NOT NULL,
    reason character varying(500) NOT NULL,
    CONSTRAINT pk_major_decision_steps PRIMARY KEY (decision_id, step),
    CONSTRAINT fk_major_decision_steps_major_decisions_decision_id FOREIGN KEY (decision_id) REFERENCES major_decisions (id) ON DELETE CASCADE
);
