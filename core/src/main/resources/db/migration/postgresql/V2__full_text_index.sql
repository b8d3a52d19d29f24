-- PostgreSQL's full-text index over article bodies and quotation texts: a tsvector column computed
-- from the text (kept in step by PostgreSQL itself, as a stored generated column) with a GIN index.
-- The 'simple' configuration lower-cases words and does not stem them, as SQLite's FTS5 tokenizer
-- does in sqlite/V2, so that the same words find the same rows on either backend.

ALTER TABLE articles
  ADD COLUMN body_words tsvector GENERATED ALWAYS AS (to_tsvector('simple', body)) STORED;

CREATE INDEX articles_by_body_words ON articles USING GIN (body_words);

ALTER TABLE quotations
  ADD COLUMN text_words tsvector GENERATED ALWAYS AS (to_tsvector('simple', text)) STORED;

CREATE INDEX quotations_by_text_words ON quotations USING GIN (text_words);
