CREATE TABLE catalog_categories (
    id uuid NOT NULL,
    agency_id uuid NOT NULL,
    parent_id uuid,
    name character varying(32) NOT NULL,
    slug character varying(48) NOT NULL,
    sort_order integer NOT NULL,
    CONSTRAINT pk_catalog_categories PRIMARY KEY (id),
    CONSTRAINT fk_catalog_categories_agencies_agency_id FOREIGN KEY (agency_id) REFERENCES agencies (id) ON DELETE RESTRICT,
    CONSTRAINT fk_catalog_categories_catalog_categories_parent_id FOREIGN KEY (parent_id) REFERENCES catalog_categories (id) ON DELETE RESTRICT
);

CREATE TABLE publication_settings (
    agency_id uuid NOT NULL,
    index_number_pattern character varying(128) NOT NULL,
    review_interval_months integer NOT NULL,
    guide_html text NOT NULL,
    CONSTRAINT pk_publication_settings PRIMARY KEY (agency_id),
    CONSTRAINT fk_publication_settings_agencies_agency_id FOREIGN KEY (agency_id) REFERENCES agencies (id) ON DELETE CASCADE
);

CREATE TABLE index_number_counters (
    agency_id uuid NOT NULL,
    year integer NOT NULL,
    last_serial integer NOT NULL,
    CONSTRAINT pk_index_number_counters PRIMARY KEY (agency_id, year),
    CONSTRAINT fk_index_number_counters_agencies_agency_id FOREIGN KEY (agency_id) REFERENCES agencies (id) ON DELETE CASCADE
);

CREATE TABLE documents (
    id uuid NOT NULL,
    agency_id uuid NOT NULL,
    drafter_id uuid NOT NULL,
    status integer NOT NULL,
    version integer NOT NULL,
    title character varying(200) NOT NULL,
    document_number character varying(64),
    issuer_code character varying(48),
    number_year integer,
    number_serial integer,
    co_issuers character varying(512) NOT NULL,
    written_on date NOT NULL,
    topic_code character varying(8) NOT NULL,
    genre character varying(16) NOT NULL,
    category_id uuid NOT NULL,
    summary character varying(2000) NOT NULL,
    keywords character varying(256) NOT NULL,
    body_html text NOT NULL,
    needs_interpretation boolean NOT NULL,
    attribute integer NOT NULL,
    attribute_reason character varying(1000) NOT NULL,
    attribute_ground character varying(32) NOT NULL,
    is_normative boolean NOT NULL,
    effective_on date,
    expires_on date,
    validity integer NOT NULL,
    replaced_by_id uuid,
    index_number character varying(64),
    published_at timestamp with time zone,
    published_on date,
    scheduled_at timestamp with time zone,
    publication_due_on date NOT NULL,
    confidentiality_reviewer_id uuid,
    confidentiality_reviewer_name character varying(64) NOT NULL,
    review_due_on date,
    withdrawn_reason character varying(1000) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_documents PRIMARY KEY (id),
    CONSTRAINT fk_documents_agencies_agency_id FOREIGN KEY (agency_id) REFERENCES agencies (id) ON DELETE RESTRICT,
    CONSTRAINT fk_documents_catalog_categories_category_id FOREIGN KEY (category_id) REFERENCES catalog_categories (id) ON DELETE RESTRICT
);

CREATE TABLE document_attachments (
    id uuid NOT NULL,
    document_id uuid NOT NULL,
    file_name character varying(200) NOT NULL,
    content_type character varying(128) NOT NULL,
    size bigint NOT NULL,
    sha256 character varying(64) NOT NULL,
    storage_key character varying(128) NOT NULL,
    uploaded_at timestamp with time zone NOT NULL,
    sort_order integer NOT NULL,
    CONSTRAINT pk_document_attachments PRIMARY KEY (id),
    CONSTRAINT fk_document_attachments_documents_document_id FOREIGN KEY (document_id) REFERENCES documents (id) ON DELETE CASCADE
);

CREATE TABLE document_history_entries (
    id uuid NOT NULL,
    document_id uuid NOT NULL,
    at timestamp with time zone NOT NULL,
    actor_id uuid,
    actor_name character varying(64) NOT NULL,
    action integer NOT NULL,
    "from" integer NOT NULL,
    "to" integer NOT NULL,
    note character varying(1000) NOT NULL,
    CONSTRAINT pk_document_history_entries PRIMARY KEY (id),
    CONSTRAINT fk_document_history_entries_documents_document_id FOREIGN KEY (document_id) REFERENCES documents (id) ON DELETE CASCADE
);

CREATE TABLE document_versions (
    id uuid NOT NULL,
    document_id uuid NOT NULL,
    version integer NOT NULL,
    title character varying(200) NOT NULL,
    summary character varying(2000) NOT NULL,
    body_html text NOT NULL,
    superseded_at timestamp with time zone NOT NULL,
    reason character varying(1000) NOT NULL,
    CONSTRAINT pk_document_versions PRIMARY KEY (id),
    CONSTRAINT fk_document_versions_documents_document_id FOREIGN KEY (document_id) REFERENCES documents (id) ON DELETE CASCADE
);

CREATE UNIQUE INDEX ix_catalog_categories_agency_id_slug ON catalog_categories (agency_id, slug);

CREATE INDEX ix_catalog_categories_parent_id ON catalog_categories (parent_id);

CREATE INDEX ix_document_attachments_document_id ON document_attachments (document_id);

CREATE INDEX ix_document_history_entries_document_id_at ON document_history_entries (document_id, at);

CREATE UNIQUE INDEX ix_document_versions_document_id_version ON document_versions (document_id, version);

CREATE INDEX ix_documents_agency_id_category_id_status ON documents (agency_id, category_id, status);

CREATE INDEX ix_documents_agency_id_status_published_at ON documents (agency_id, status, published_at);

CREATE INDEX ix_documents_category_id ON documents (category_id);

CREATE UNIQUE INDEX ix_documents_index_number ON documents (index_number);

CREATE INDEX ix_documents_issuer_code_number_year_number_serial ON documents (issuer_code, number_year, number_serial);
