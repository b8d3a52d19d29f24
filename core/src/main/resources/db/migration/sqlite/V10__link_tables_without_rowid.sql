-- SQLite gives a table whose key is not INTEGER PRIMARY KEY two b-trees: the rows by a hidden rowid
-- and an index for the key. Linking reads and writes these tables by their keys, hundreds of rows
-- per article (feature counts, postings), so each write dirtied pages of both. As WITHOUT ROWID
-- tables they are one b-tree ordered by the key: half the pages written per article. PostgreSQL
-- has no rowid and keeps its V6 tables.

CREATE TABLE feature_counts_by_key (
  feature TEXT PRIMARY KEY,
  articles INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO feature_counts_by_key (feature, articles) SELECT feature, articles FROM feature_counts;
DROP TABLE feature_counts;
ALTER TABLE feature_counts_by_key RENAME TO feature_counts;

CREATE TABLE story_postings_by_key (
  feature TEXT NOT NULL,
  story_id BIGINT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  PRIMARY KEY (feature, story_id)
) WITHOUT ROWID;
INSERT INTO story_postings_by_key (feature, story_id) SELECT feature, story_id FROM story_postings;
DROP TABLE story_postings;
ALTER TABLE story_postings_by_key RENAME TO story_postings;
CREATE INDEX story_postings_by_story ON story_postings (story_id);

CREATE TABLE speaker_aliases_by_key (
  speaker_id BIGINT NOT NULL REFERENCES speakers (id) ON DELETE CASCADE,
  alias_key TEXT NOT NULL,
  alias TEXT NOT NULL,
  PRIMARY KEY (alias_key, speaker_id)
) WITHOUT ROWID;
INSERT INTO speaker_aliases_by_key (speaker_id, alias_key, alias) SELECT speaker_id, alias_key, alias FROM speaker_aliases;
DROP TABLE speaker_aliases;
ALTER TABLE speaker_aliases_by_key RENAME TO speaker_aliases;
CREATE INDEX speaker_aliases_by_speaker ON speaker_aliases (speaker_id);
