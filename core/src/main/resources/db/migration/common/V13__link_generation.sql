-- A counter that every link transaction advances (LinkStore.nextGeneration). A linker that keeps
-- the link tables' state in memory between articles checks it: when the value is not one more than
-- the last it got, another process linked in between (or a transaction of its own was undone), and
-- what it kept is dropped.
CREATE TABLE link_generation (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  generation BIGINT NOT NULL
);
INSERT INTO link_generation (id, generation) VALUES (1, 0);
