CREATE TABLE supervision_digests (
    id uuid NOT NULL,
    recipient_id uuid NOT NULL,
    agency_id uuid NOT NULL,
    digest_date date NOT NULL,
    overdue_count integer NOT NULL,
    due_soon_count integer NOT NULL,
    items text NOT NULL,
    body text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    email_to character varying(256) NOT NULL,
    emailed_at timestamp with time zone NULL,
    email_error character varying(1000) NOT NULL,
    CONSTRAINT pk_supervision_digests PRIMARY KEY (id),
    CONSTRAINT fk_supervision_digests_staff_users_recipient_id FOREIGN KEY (recipient_id) REFERENCES staff_users (id) ON DELETE CASCADE,
    CONSTRAINT fk_supervision_digests_agencies_agency_id FOREIGN KEY (agency_id) REFERENCES agencies (id) ON DELETE CASCADE
);

CREATE UNIQUE INDEX ix_supervision_digests_recipient_id_digest_date ON supervision_digests (recipient_id, digest_date);

CREATE INDEX ix_supervision_digests_agency_id_digest_date ON supervision_digests (agency_id, digest_date);
