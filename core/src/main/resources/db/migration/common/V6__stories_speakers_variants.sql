-- Links across articles (org.quotetrail.link): stories, speakers, quote variants, credits and
-- replies, in SQL that SQLite and PostgreSQL both accept. ${id_column} is each backend's own
-- auto-numbered primary key. Profiles and centroids are "feature TAB weight" lines.

CREATE TABLE stories (
  id ${id_column},
  title TEXT,
  -- Earliest and latest date of its articles (published, else fetched); null when none is dated.
  first_seen DATE,
  last_seen DATE,
  article_count INTEGER NOT NULL,
  -- Sum of its articles' profiles: what a new article is compared with.
  centroid TEXT NOT NULL
);

CREATE TABLE story_articles (
  article_id BIGINT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
  story_id BIGINT NOT NULL REFERENCES stories (id),
  -- Published date, else fetch date; null when neither is known.
  seen_on DATE,
  -- The article's outlet, or the outlet its text names as itself ("told Politics.co.uk").
  outlet TEXT,
  profile TEXT NOT NULL
);

CREATE INDEX story_articles_by_story ON story_articles (story_id);

-- Inverted index of the salient features of each story's articles: candidate stories for a new
-- article are found here, not by comparing it with every story.
CREATE TABLE story_postings (
  feature TEXT NOT NULL,
  story_id BIGINT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  PRIMARY KEY (feature, story_id)
);

CREATE INDEX story_postings_by_story ON story_postings (story_id);

-- In how many linked articles each feature occurs: the document frequencies of TF-IDF.
CREATE TABLE feature_counts (
  feature TEXT PRIMARY KEY,
  articles INTEGER NOT NULL
);

CREATE TABLE speakers (
  id ${id_column},
  name TEXT NOT NULL,
  -- The name folded like articles.outlet_key.
  name_key TEXT NOT NULL,
  type VARCHAR(16) NOT NULL
);

CREATE INDEX speakers_by_key ON speakers (name_key);

CREATE TABLE speaker_aliases (
  speaker_id BIGINT NOT NULL REFERENCES speakers (id) ON DELETE CASCADE,
  alias_key TEXT NOT NULL,
  alias TEXT NOT NULL,
  PRIMARY KEY (alias_key, speaker_id)
);

CREATE INDEX speaker_aliases_by_speaker ON speaker_aliases (speaker_id);

CREATE TABLE variant_groups (
  id ${id_column},
  speaker_id BIGINT NOT NULL REFERENCES speakers (id),
  canonical_quotation_id BIGINT NOT NULL REFERENCES quotations (id)
);

CREATE INDEX variant_groups_by_speaker ON variant_groups (speaker_id);

CREATE TABLE quotation_links (
  quotation_id BIGINT PRIMARY KEY REFERENCES quotations (id) ON DELETE CASCADE,
  speaker_id BIGINT REFERENCES speakers (id),
  variant_group_id BIGINT REFERENCES variant_groups (id)
);

-- With the quotation id, so that a speaker's latest quotations are read from the index, not sorted.
CREATE INDEX quotation_links_by_speaker ON quotation_links (speaker_id, quotation_id);
CREATE INDEX quotation_links_by_group ON quotation_links (variant_group_id);

-- An outlet an article credits ("The Mirror reported"), for one quotation or for the article.
CREATE TABLE credits (
  id ${id_column},
  article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  quotation_id BIGINT REFERENCES quotations (id) ON DELETE CASCADE,
  outlet TEXT NOT NULL,
  phrase TEXT NOT NULL
);

CREATE INDEX credits_by_quotation ON credits (quotation_id);

-- A statement and the later statement of the one it was about that answers it.
CREATE TABLE replies (
  reply_quotation_id BIGINT PRIMARY KEY REFERENCES quotations (id) ON DELETE CASCADE,
  statement_quotation_id BIGINT NOT NULL REFERENCES quotations (id) ON DELETE CASCADE
);
