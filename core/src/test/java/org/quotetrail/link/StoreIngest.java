package org.quotetrail.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.quotetrail.cli.Main;

/** Ingests files into a store through the command line, as a user would, for linking tests. */
final class StoreIngest {
  private StoreIngest() {}

  static void ingest(Path db, Path... inputs) {
    String[] args = new String[inputs.length + 3];
    args[0] = "ingest";
    args[1] = "--db";
    args[2] = db.toString();
    for (int i = 0; i < inputs.length; i++) {
      args[i + 3] = inputs[i].toString();
    }
    StringWriter err = new StringWriter();
    int status = Main.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), args);
    assertEquals(0, status, err.toString());
  }
}
