CREATE INDEX ix_documents_agency_id_status_published_on ON documents (agency_id, status, published_on);
