package org.quotetrail.cli;

import org.quotetrail.store.Store;
import picocli.CommandLine.Option;

/** The {@code --db} option of the commands that use a store. */
final class StoreOption {
  @Option(
      names = "--db",
      paramLabel = "FILE|URL",
      defaultValue = Store.DEFAULT_LOCATION,
      description = {
        "The store: a SQLite database file (default: ${DEFAULT-VALUE} in the working folder), or a PostgreSQL",
        "database: postgresql://user[:password]@host[:port]/database[?name=value&...]."
      })
  String location;
}
