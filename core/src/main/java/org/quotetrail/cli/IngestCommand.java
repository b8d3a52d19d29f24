package org.quotetrail.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.quotetrail.Extractor;
import org.quotetrail.ingest.InputProblem;
import org.quotetrail.ingest.Inputs;
import org.quotetrail.ingest.RawArticle;
import org.quotetrail.link.ArticleLinker;
import org.quotetrail.store.SaveResult;
import org.quotetrail.store.Store;
import org.quotetrail.store.StoreLostException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ingest}: extracts each article's quotations and saves them in the store, each article all
 * or nothing and many to a commit ({@link SavingQueue}), skipping articles whose text is already
 * stored; then links the new articles to stories, speakers and quote variants, in time order. A
 * lost connection to the store, or a commit it refuses, ends the batch with one line (exit status 2)
 * instead of one failure per remaining article.
 */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = "Extract the quotations of articles and keep them in the store.")
final class IngestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or folders (searched recursively).")
  List<Path> paths;

  @Mixin StoreOption store;

  private int added;
  private int alreadyStored;
  private final Map<Long, Instant> fetched = new HashMap<>();
  private final Map<Long, String> sources = new HashMap<>();

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Batch batch = new Batch(Inputs.standard(), err);
    try (Store opened = Store.open(store.location)) {
      Extractor extractor = Extractor.standard();
      try (SavingQueue saving = new SavingQueue(opened, batch, this::count)) {
        batch.run(paths, raw -> saving.add(raw, extractor.extract(raw)));
      }
      link(new ArticleLinker(opened.links()), batch);
    } catch (Batch.Stop e) {
      printSummary(err, batch);
      throw e;
    }
    printSummary(err, batch);
    return batch.exitStatus();
  }

  private void printSummary(PrintWriter err, Batch batch) {
    err.println("ingested " + added + " new, " + alreadyStored + " already stored, " + batch.failures() + " failed");
    err.flush();
  }

  private void count(RawArticle raw, SaveResult result) {
    if (result.alreadyStored()) {
      alreadyStored++;
    } else {
      added++;
      sources.put(result.articleId(), raw.source());
      if (raw.fetched() != null) {
        fetched.put(result.articleId(), raw.fetched());
      }
    }
  }

  /**
   * Links the articles not linked yet (this batch's, and any a stopped run left) in time order, many
   * to a transaction ({@link ArticleLinker#linkAll}).
   */
  private void link(ArticleLinker linker, Batch batch) {
    try {
      linker.linkAll(linker.unlinked(fetched), fetched,
          (id, e) -> batch.failed(InputProblem.of(sources.getOrDefault(id, "article " + id), "cannot link: " + Batch.describe(e))));
    } catch (StoreLostException e) {
      throw new Batch.Stop(e.getMessage() + " (articles linked before stay linked; run ingest again to go on)", e);
    }
  }
}
