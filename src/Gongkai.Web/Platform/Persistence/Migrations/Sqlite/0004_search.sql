-- The search index (Platform/Search): engine-owned, written by SqliteSearchEngine, not part of the EF model.
-- key orders by publication date (day number << 20 | counter) and is the FTS5 rowid.
CREATE TABLE search_entries (
    key INTEGER NOT NULL PRIMARY KEY,
    kind TEXT NOT NULL,
    source_id TEXT NOT NULL,
    agency_id TEXT NOT NULL,
    category_id TEXT NULL,
    topic_code TEXT NOT NULL,
    genre TEXT NOT NULL,
    validity INTEGER NOT NULL,
    published_on TEXT NOT NULL,
    title TEXT NOT NULL,
    document_number TEXT NULL,
    index_number TEXT NULL
);

CREATE UNIQUE INDEX ux_search_entries_kind_source_id ON search_entries (kind, source_id);

-- Contentless: the analyzer's tokens are indexed but not stored; the text stays with its source.
CREATE VIRTUAL TABLE search_index USING fts5 (
    title, content, facets,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 0'
);

CREATE TABLE "search_synonyms" (
    "id" TEXT NOT NULL CONSTRAINT "pk_search_synonyms" PRIMARY KEY,
    "terms" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL
);

INSERT INTO "search_synonyms" ("id", "terms", "updated_at") VALUES
    ('5E1A0001-0000-4000-8000-000000000001', '社保 社会保险', '2026-11-22 00:00:00'),
    ('5E1A0001-0000-4000-8000-000000000002', '医保 医疗保险', '2026-11-22 00:00:00'),
    ('5E1A0001-0000-4000-8000-000000000003', '养老金 基本养老金', '2026-11-22 00:00:00'),
    ('5E1A0001-0000-4000-8000-000000000004', '公积金 住房公积金', '2026-11-22 00:00:00'),
    ('5E1A0001-0000-4000-8000-000000000005', '失业金 失业保险金', '2026-11-22 00:00:00'),
    ('5E1A0001-0000-4000-8000-000000000006', '人社 人力资源和社会保障', '2026-11-22 00:00:00'),
    ('5E1A0001-0000-4000-8000-000000000007', '社保卡 社会保障卡', '2026-11-22 00:00:00'),
    ('5E1A0001-0000-4000-8000-000000000008', '低保 最低生活保障', '2026-11-22 00:00:00'),
    ('5E1A0001-0000-4000-8000-000000000009', '工伤险 工伤保险', '2026-11-22 00:00:00'),
    ('5E1A0001-0000-4000-8000-00000000000A', '依申请公开 申请公开', '2026-11-22 00:00:00');
