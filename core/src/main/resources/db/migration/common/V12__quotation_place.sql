-- Which text of its article a quotation's offsets index: 'body', or 'title' for an attributed
-- statement in the headline ("Lee: bridge will reopen"), whose begin_offset and end_offset (and
-- parts) then point into articles.title. Quotations stored before this migration are the body's.
ALTER TABLE quotations ADD COLUMN place VARCHAR(8) NOT NULL DEFAULT 'body';
