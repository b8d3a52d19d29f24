-- Per-story figures kept up to date as linking writes (store.StoryCounts), so that listing a story
-- reads a few rows instead of counting every quotation of its articles; indexes that let a story's
-- page read one page of its articles and the replies of the quotations shown; and one for speaker filters.

ALTER TABLE stories ADD COLUMN quotation_count INTEGER NOT NULL DEFAULT 0;

-- How many of a story's articles each outlet published.
CREATE TABLE story_outlets (
  story_id BIGINT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  outlet TEXT NOT NULL,
  articles INTEGER NOT NULL,
  PRIMARY KEY (story_id, outlet)
);

-- How many of a story's quotations each canonical speaker said.
CREATE TABLE story_speakers (
  story_id BIGINT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  speaker_id BIGINT NOT NULL REFERENCES speakers (id),
  quotations INTEGER NOT NULL,
  PRIMARY KEY (story_id, speaker_id)
);

-- The stories latest first, as lists show them, read from here and not sorted: a story's row holds
-- its centroid (kilobytes), which a sort of every story reads.
CREATE INDEX stories_by_last_seen ON stories (last_seen, id);

-- A story's articles by date: its timeline, page by page, without sorting them all.
CREATE INDEX story_articles_by_date ON story_articles (story_id, seen_on, article_id);
CREATE INDEX replies_by_statement ON replies (statement_quotation_id);

-- A speaker filter (speaker_key LIKE '% words %') cannot seek, but it scans this narrow index
-- instead of every quotation's row with its text: half the time on 233,000 quotations in SQLite.
CREATE INDEX quotations_by_speaker_key ON quotations (speaker_key);

-- The figures of the stories linked before this migration.
UPDATE stories SET quotation_count = (SELECT COUNT(*) FROM story_articles sa JOIN quotations q ON q.article_id = sa.article_id
  WHERE sa.story_id = stories.id);

INSERT INTO story_outlets (story_id, outlet, articles)
  SELECT story_id, outlet, COUNT(*) FROM story_articles WHERE outlet IS NOT NULL GROUP BY story_id, outlet;

INSERT INTO story_speakers (story_id, speaker_id, quotations)
  SELECT sa.story_id, l.speaker_id, COUNT(*) FROM story_articles sa JOIN quotations q ON q.article_id = sa.article_id
    JOIN quotation_links l ON l.quotation_id = q.id
  WHERE l.speaker_id IS NOT NULL GROUP BY sa.story_id, l.speaker_id;
