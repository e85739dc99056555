CREATE TABLE annual_reports (
    id uuid NOT NULL,
    agency_id uuid NOT NULL,
    year integer NOT NULL,
    status integer NOT NULL,
    is_manual boolean NOT NULL,
    overview_html character varying(20000) NOT NULL,
    proactive_intro character varying(2000) NOT NULL,
    applications_intro character varying(2000) NOT NULL,
    challenges_intro character varying(2000) NOT NULL,
    problems_html character varying(20000) NOT NULL,
    other_html character varying(20000) NOT NULL,
    figures_json character varying(8000) NOT NULL,
    computed_at timestamp with time zone,
    published_at timestamp with time zone,
    published_on date,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_annual_reports PRIMARY KEY (id),
    CONSTRAINT fk_annual_reports_agencies_agency_id FOREIGN KEY (agency_id) REFERENCES agencies (id) ON DELETE RESTRICT
);

CREATE UNIQUE INDEX ix_annual_reports_agency_id_year ON annual_reports (agency_id, year);

CREATE TABLE annual_report_history_entries (
    id uuid NOT NULL,
    report_id uuid NOT NULL,
    at timestamp with time zone NOT NULL,
    actor_id uuid,
    actor_name character varying(64) NOT NULL,
    action integer NOT NULL,
    "from" integer,
    "to" integer NOT NULL,
    note character varying(1000) NOT NULL,
    CONSTRAINT pk_annual_report_history_entries PRIMARY KEY (id),
    CONSTRAINT fk_annual_report_history_entries_annual_reports_report_id FOREIGN KEY (report_id) REFERENCES annual_reports (id) ON DELETE CASCADE
);

CREATE INDEX ix_annual_report_history_entries_report_id_at ON annual_report_history_entries (report_id, at);
