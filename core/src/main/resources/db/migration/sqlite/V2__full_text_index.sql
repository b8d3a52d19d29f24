-- SQLite's full-text index over article bodies and quotation texts: FTS5 tables that borrow their
-- text from the base tables (external content) and are kept in step by triggers. PostgreSQL's
-- V2 will index the same columns with tsvector instead; the base tables do not change.

CREATE VIRTUAL TABLE article_text USING fts5(body, content = 'articles', content_rowid = 'id');

CREATE TRIGGER article_text_insert AFTER INSERT ON articles BEGIN
  INSERT INTO article_text (rowid, body) VALUES (new.id, new.body);
END;

CREATE TRIGGER article_text_delete AFTER DELETE ON articles BEGIN
  INSERT INTO article_text (article_text, rowid, body) VALUES ('delete', old.id, old.body);
END;

CREATE VIRTUAL TABLE quotation_text USING fts5(text, content = 'quotations', content_rowid = 'id');

CREATE TRIGGER quotation_text_insert AFTER INSERT ON quotations BEGIN
  INSERT INTO quotation_text (rowid, text) VALUES (new.id, new.text);
END;

CREATE TRIGGER quotation_text_delete AFTER DELETE ON quotations BEGIN
  INSERT INTO quotation_text (quotation_text, rowid, text) VALUES ('delete', old.id, old.text);
END;
