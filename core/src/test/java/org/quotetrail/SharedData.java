package org.quotetrail;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds {@code ../shared} (real data beside the clone) for tests, which skip when it is absent. */
public final class SharedData {
  private SharedData() {}

  /** The folder {@code shared/<relative>}, or a skipped test when this clone has no {@code ../shared}. */
  public static Path require(String relative) {
    for (Path base : new Path[] {Path.of("..", "shared"), Path.of("..", "..", "shared")}) {
      Path candidate = base.resolve(relative);
      if (Files.exists(candidate)) {
        return candidate;
      }
    }
    assumeTrue(false, "../shared/" + relative + " is absent (a fresh clone without the real data): skipping");
    throw new AssertionError("unreachable");
  }
}
