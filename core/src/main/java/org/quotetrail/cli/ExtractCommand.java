package org.quotetrail.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.quotetrail.Extractor;
import org.quotetrail.ingest.Inputs;
import org.quotetrail.json.ArticleJson;
import org.quotetrail.model.ExtractedArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code extract}: prints each article's quotations as JSON Lines, without a store. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = "Print each article with its attributed quotations, one JSON object a line.")
final class ExtractCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or folders (searched recursively).")
  List<Path> paths;

  @Option(names = "--format", defaultValue = "jsonl", description = "Output format: ${COMPLETION-CANDIDATES}.")
  Format format;

  enum Format {
    jsonl
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Extractor extractor = Extractor.standard();
    Batch batch = new Batch(Inputs.standard(), err);
    batch.run(paths, raw -> {
      ExtractedArticle article = extractor.extract(raw);
      ObjectNode json = ArticleJson.article(article);
      out.println(json.toString());
    });
    out.flush();
    return batch.exitStatus();
  }
}
