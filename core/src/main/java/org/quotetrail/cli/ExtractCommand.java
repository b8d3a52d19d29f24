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
import org.quotetrail.model.QuotationFilter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

  @Mixin FilterOptions filter;

  enum Format {
    jsonl
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Extractor extractor = Extractor.standard();
    QuotationFilter kept = filter.filter();
    Batch batch = new Batch(Inputs.standard(), err);
    batch.run(paths, raw -> {
      ExtractedArticle article = kept(extractor.extract(raw), kept);
      ObjectNode json = ArticleJson.article(article);
      out.println(json.toString());
    });
    out.flush();
    return batch.exitStatus();
  }

  private static ExtractedArticle kept(ExtractedArticle article, QuotationFilter filter) {
    if (filter.keepsAll()) {
      return article;
    }
    return new ExtractedArticle(article.source(), article.url(), article.outlet(), article.title(), article.byline(),
        article.published(), article.body(), article.quotes().stream().filter(filter::test).toList());
  }
}
