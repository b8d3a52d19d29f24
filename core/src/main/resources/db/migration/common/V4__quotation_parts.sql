-- The body spans of a quotation split by its attribution ("A," she said, "B."), as "begin-end,begin-end";
-- null for a contiguous quotation, whose one part is [begin_offset, end_offset).
ALTER TABLE quotations ADD COLUMN parts VARCHAR(4000);
