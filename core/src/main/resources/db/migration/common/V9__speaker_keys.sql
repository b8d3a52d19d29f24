-- The words of each quotation's speaker name (the words of quotations.speaker_key), so that a
-- speaker filter looks its words up in an index instead of matching every quotation's key with
-- LIKE '% words %' (a scan of 233,000 keys on 10,000 articles). JdbcStore fills it with each
-- quotation; it goes with its quotation. ${key_only_table} makes it one index in SQLite.
CREATE TABLE speaker_words (
  word TEXT NOT NULL,
  quotation_id BIGINT NOT NULL REFERENCES quotations (id) ON DELETE CASCADE,
  PRIMARY KEY (word, quotation_id)
)${key_only_table};

-- For deleting a quotation's words with it.
CREATE INDEX speaker_words_by_quotation ON speaker_words (quotation_id);

-- The words of the quotations stored before this migration: a key is " w1 w2 ... wn ", words
-- between single spaces, so each step takes the word before the next space.
WITH RECURSIVE split (quotation_id, word, rest) AS (
  SELECT id, CAST(NULL AS TEXT), substr(speaker_key, 2) FROM quotations WHERE speaker_key IS NOT NULL
  UNION ALL
  SELECT quotation_id, substr(rest, 1, ${find_text}(rest, ' ') - 1), substr(rest, ${find_text}(rest, ' ') + 1)
  FROM split WHERE rest <> ''
)
INSERT INTO speaker_words (word, quotation_id) SELECT DISTINCT word, quotation_id FROM split WHERE word IS NOT NULL;

-- The scan this table replaces (common/V8).
DROP INDEX quotations_by_speaker_key;

-- Each link's article, so that a story's page lists the reports of its statements (by variant
-- group: article, then quotation) from one index, without looking up every quotation for its
-- article: ~3,600 lookups for a page of the one-story store of 10,000 articles. JdbcLinkStore
-- writes it with the link; the link goes with its quotation, which goes with its article.
ALTER TABLE quotation_links ADD COLUMN article_id BIGINT;
UPDATE quotation_links SET article_id = (SELECT q.article_id FROM quotations q WHERE q.id = quotation_links.quotation_id);
CREATE INDEX quotation_links_by_group_and_article ON quotation_links (variant_group_id, article_id, quotation_id);
-- Its first column serves what this one did.
DROP INDEX quotation_links_by_group;
