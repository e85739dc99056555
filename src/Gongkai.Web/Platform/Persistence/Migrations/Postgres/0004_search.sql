-- The search index (Platform/Search): engine-owned, written by PostgresSearchEngine, not part of the EF model.
-- key orders by publication date (day number << 20 | counter). terms are the analyzer's tokens without positions;
-- title_text and content_text are the canonical texts a phrase is confirmed on.
CREATE TABLE search_entries (
    key bigint NOT NULL PRIMARY KEY,
    kind text NOT NULL,
    source_id uuid NOT NULL,
    agency_id uuid NOT NULL,
    category_id uuid NULL,
    topic_code text NOT NULL,
    genre text NOT NULL,
    validity integer NOT NULL,
    published_on date NOT NULL,
    title text NOT NULL,
    document_number text NULL,
    index_number text NULL,
    title_text text NOT NULL,
    content_text text NOT NULL,
    terms tsvector NOT NULL
);

CREATE UNIQUE INDEX ux_search_entries_kind_source_id ON search_entries (kind, source_id);
CREATE INDEX ix_search_entries_terms ON search_entries USING gin (terms);
CREATE INDEX ix_search_entries_agency_id_key ON search_entries (agency_id, key);

CREATE TABLE search_synonyms (
    id uuid NOT NULL,
    terms character varying(256) NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_search_synonyms PRIMARY KEY (id)
);

INSERT INTO search_synonyms (id, terms, updated_at) VALUES
    ('5e1a0001-0000-4000-8000-000000000001', '社保 社会保险', '2026-11-22 00:00:00+00'),
    ('5e1a0001-0000-4000-8000-000000000002', '医保 医疗保险', '2026-11-22 00:00:00+00'),
    ('5e1a0001-0000-4000-8000-000000000003', '养老金 基本养老金', '2026-11-22 00:00:00+00'),
    ('5e1a0001-0000-4000-8000-000000000004', '公积金 住房公积金', '2026-11-22 00:00:00+00'),
    ('5e1a0001-0000-4000-8000-000000000005', '失业金 失业保险金', '2026-11-22 00:00:00+00'),
    ('5e1a0001-0000-4000-8000-000000000006', '人社 人力资源和社会保障', '2026-11-22 00:00:00+00'),
    ('5e1a0001-0000-4000-8000-000000000007', '社保卡 社会保障卡', '2026-11-22 00:00:00+00'),
    ('5e1a0001-0000-4000-8000-000000000008', '低保 最低生活保障', '2026-11-22 00:00:00+00'),
    ('5e1a0001-0000-4000-8000-000000000009', '工伤险 工伤保险', '2026-11-22 00:00:00+00'),
    ('5e1a0001-0000-4000-8000-00000000000a', '依申请公开 申请公开', '2026-11-22 00:00:00+00');
