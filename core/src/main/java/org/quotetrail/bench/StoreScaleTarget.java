package org.quotetrail.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.quotetrail.Extractor;
import org.quotetrail.ingest.RawArticle;
import org.quotetrail.store.GroupCommits;
import org.quotetrail.store.ScratchSchema;
import org.quotetrail.store.Store;

/**
 * Ingest with linking into a store, as {@code ingest} does it ({@link GroupedIngest}). Each run gets a new store: a SQLite file in a temporary folder, or a new schema of a
 * PostgreSQL database, dropped afterwards.
 */
public final class StoreScaleTarget implements ScaleTarget {
  private final String name;
  private final Supplier<String> newStore;
  private final Consumer<String> removeStore;
  private final Extractor extractor = Extractor.standard();

  private StoreScaleTarget(String name, Supplier<String> newStore, Consumer<String> removeStore) {
    this.name = name;
    this.newStore = newStore;
    this.removeStore = removeStore;
  }

  /** SQLite files in the system's temporary folder. */
  public static StoreScaleTarget sqlite() {
    return new StoreScaleTarget("sqlite", StoreScaleTarget::newSqliteFile, StoreScaleTarget::deleteSqliteFile);
  }

  /** New schemas of the PostgreSQL database {@code url} ({@code postgresql://user@host:port/db}). */
  public static StoreScaleTarget postgresql(String url) {
    return new StoreScaleTarget("pg", () -> ScratchSchema.create(url, "qt_scale_"), ScratchSchema::drop);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Run run(CorpusGenerator generator, int articles, int perStory) {
    String location = newStore.get();
    try (Store store = Store.open(location)) {
      GroupedIngest ingest = new GroupedIngest(store, extractor);
      long bytes = 0;
      long nanos = 0;
      long cpuNanos = 0;
      for (int from = 0; from < articles; from += GroupCommits.MAX_UNITS) {
        List<RawArticle> group = new ArrayList<>();
        for (int i = from; i < Math.min(articles, from + GroupCommits.MAX_UNITS); i++) {
          RawArticle raw = generator.storyArticle(i, perStory);
          bytes += raw.content().getBytes(StandardCharsets.UTF_8).length;
          group.add(raw);
        }
        long cpu = ScaleTarget.processCpuNanos();
        nanos += ingest.ingest(group).ingestNanos();
        cpuNanos += ScaleTarget.processCpuNanos() - cpu;
      }
      return new Run(bytes, nanos, cpuNanos);
    } finally {
      removeStore.accept(location);
    }
  }

  private static String newSqliteFile() {
    try {
      return Files.createTempDirectory("quotetrail-scale").resolve("store.db").toString();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void deleteSqliteFile(String location) {
    Path folder = Path.of(location).getParent();
    try (var files = Files.list(folder)) {
      for (Path file : files.toList()) {
        Files.deleteIfExists(file);
      }
      Files.deleteIfExists(folder);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
