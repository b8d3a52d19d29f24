package org.quotetrail.store;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.regex.Pattern;

/** Picks a store's backend from the location a user gives ({@code --db}): a PostgreSQL URL or a SQLite file. */
final class StoreOpener {
  /** A URL scheme followed by "://"; a Windows drive ("C:\") does not match. */
  private static final Pattern URL_SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://");

  private StoreOpener() {}

  static Store open(String location, boolean create) {
    if (location == null || location.isBlank()) {
      throw new StoreException("no store location given");
    }
    if (PostgresUrl.isPostgres(location)) {
      return PostgresStores.open(PostgresUrl.parse(location), create);
    }
    if (URL_SCHEME.matcher(location).lookingAt()) {
      throw unsupportedUrl(location.substring(0, location.indexOf(':')));
    }
    try {
      return SqliteStores.open(Path.of(location), create);
    } catch (InvalidPathException e) {
      throw new StoreException("cannot open store " + location + ": not a valid file path");
    }
  }

  static String nameOf(String location) {
    if (location != null && PostgresUrl.isPostgres(location)) {
      try {
        return PostgresUrl.parse(location).toString();
      } catch (StoreException e) {
        return location.substring(0, location.indexOf(':')) + "://...";
      }
    }
    return location;
  }

  private static StoreException unsupportedUrl(String scheme) {
    // Only the scheme is echoed: the rest of a URL may hold a password.
    return new StoreException(
        "cannot open store " + scheme + "://...: unknown kind of store;"
            + " give a SQLite file path or a postgresql:// URL");
  }
}
