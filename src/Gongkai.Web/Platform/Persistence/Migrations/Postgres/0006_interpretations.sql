CREATE TABLE interpretations (
    id uuid NOT NULL,
    agency_id uuid NOT NULL,
    drafter_id uuid NOT NULL,
    drafter_name character varying(64) NOT NULL,
    status integer NOT NULL,
    title character varying(200) NOT NULL,
    form integer NOT NULL,
    body_html text NOT NULL,
    media_url character varying(500),
    published_at timestamp with time zone,
    published_on date,
    withdrawn_reason character varying(1000) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_interpretations PRIMARY KEY (id),
    CONSTRAINT fk_interpretations_agencies_agency_id FOREIGN KEY (agency_id) REFERENCES agencies (id) ON DELETE RESTRICT
);

CREATE TABLE interpretation_history_entries (
    id uuid NOT NULL,
    interpretation_id uuid NOT NULL,
    at timestamp with time zone NOT NULL,
    actor_id uuid,
    actor_name character varying(64) NOT NULL,
    action integer NOT NULL,
    "from" integer NOT NULL,
    "to" integer NOT NULL,
    note character varying(1000) NOT NULL,
    CONSTRAINT pk_interpretation_history_entries PRIMARY KEY (id),
    CONSTRAINT "fk_interpretation_history_entries_interpretations_interpretati~" FOREIGN KEY (interpretation_id) REFERENCES interpretations (id) ON DELETE CASCADE
);

CREATE TABLE interpretation_questions (
    id uuid NOT NULL,
    interpretation_id uuid NOT NULL,
    sort_order integer NOT NULL,
    question character varying(500) NOT NULL,
    answer character varying(4000) NOT NULL,
    CONSTRAINT pk_interpretation_questions PRIMARY KEY (id),
    CONSTRAINT fk_interpretation_questions_interpretations_interpretation_id FOREIGN KEY (interpretation_id) REFERENCES interpretations (id) ON DELETE CASCADE
);

CREATE TABLE interpreted_documents (
    interpretation_id uuid NOT NULL,
    document_id uuid NOT NULL,
    CONSTRAINT pk_interpreted_documents PRIMARY KEY (interpretation_id, document_id),
    CONSTRAINT fk_interpreted_documents_documents_document_id FOREIGN KEY (document_id) REFERENCES documents (id) ON DELETE RESTRICT,
    CONSTRAINT fk_interpreted_documents_interpretations_interpretation_id FOREIGN KEY (interpretation_id) REFERENCES interpretations (id) ON DELETE CASCADE
);

CREATE INDEX ix_interpretation_history_entries_interpretation_id_at ON interpretation_history_entries (interpretation_id, at);

CREATE INDEX ix_interpretation_questions_interpretation_id_sort_order ON interpretation_questions (interpretation_id, sort_order);

CREATE INDEX ix_interpretations_agency_id_status_published_at ON interpretations (agency_id, status, published_at);

CREATE INDEX ix_interpreted_documents_document_id ON interpreted_documents (document_id);
