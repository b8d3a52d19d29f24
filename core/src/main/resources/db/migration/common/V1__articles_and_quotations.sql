-- Articles and their attributed quotations, in SQL that SQLite and PostgreSQL both accept.
-- ${id_column} is the one difference: each backend's own auto-numbered primary key.

CREATE TABLE articles (
  id ${id_column},
  source TEXT NOT NULL,
  -- SHA-256 (hex) of the body with white space collapsed and Unicode NFC: one row per body text.
  content_hash CHAR(64) NOT NULL UNIQUE,
  url TEXT,
  outlet TEXT,
  -- The outlet name folded for matching: lower case, words between single spaces, padded by spaces.
  outlet_key TEXT,
  title TEXT,
  byline TEXT,
  published DATE,
  body TEXT NOT NULL,
  ingested_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX articles_by_published ON articles (published, id);

CREATE TABLE quotations (
  id ${id_column},
  article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  -- Position of the quotation among its article's quotations, from 0, in body order.
  ordinal INTEGER NOT NULL,
  text TEXT NOT NULL,
  begin_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  kind VARCHAR(16) NOT NULL,
  cue TEXT,
  speaker_name TEXT,
  -- The speaker name folded like articles.outlet_key.
  speaker_key TEXT,
  speaker_type VARCHAR(16) NOT NULL,
  speaker_mention TEXT,
  speaker_role TEXT,
  confidence DOUBLE PRECISION NOT NULL,
  evidence TEXT,
  UNIQUE (article_id, ordinal),
  CHECK (begin_offset >= 0 AND end_offset >= begin_offset),
  CHECK (confidence >= 0 AND confidence <= 1)
);
