-- Lists newest first (quotetrail serve) order by published DESC NULLS LAST, id DESC. PostgreSQL
-- reads an ascending index backwards as DESC NULLS FIRST only, so without this index it sorted every
-- quotation for each page. SQLite puts nulls last in descending order and reads its
-- articles_by_published index backwards, so it needs nothing.

CREATE INDEX articles_newest_first ON articles (published DESC NULLS LAST, id DESC);
