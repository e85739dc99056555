CREATE TABLE consultation_attachments (
    id uuid NOT NULL,
    consultation_id uuid NOT NULL,
    file_name character varying(200) NOT NULL,
    content_type character varying(128) NOT NULL,
    size bigint NOT NULL,
    sha256 character varying(64) NOT NULL,
    storage_key character varying(128) NOT NULL,
    uploaded_at timestamp with time zone NOT NULL,
    uploaded_by character varying(64) NOT NULL,
    sort_order integer NOT NULL,
    CONSTRAINT pk_consultation_attachments PRIMARY KEY (id),
    CONSTRAINT fk_consultation_attachments_consultations_consultation_id FOREIGN KEY (consultation_id) REFERENCES consultations (id) ON DELETE CASCADE
);

CREATE INDEX ix_consultation_attachments_consultation_id ON consultation_attachments (consultation_id);
