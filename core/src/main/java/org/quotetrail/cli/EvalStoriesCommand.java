package org.quotetrail.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.quotetrail.eval.stories.ClusterScores;
import org.quotetrail.eval.stories.CorpusArticle;
import org.quotetrail.eval.stories.CorpusLinking;
import org.quotetrail.eval.stories.StoryCorpus;
import org.quotetrail.json.ArticleJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code eval stories}: scores story linking on a corpus with gold story ids. */
@Command(
    name = "stories",
    mixinStandardHelpOptions = true,
    description = {
      "Link a JSON Lines corpus with gold story ids (e.g. ECB+) online in date order, as ingest does, and",
      "print BCubed and pairwise precision, recall and F1, for all articles and per split. See docs/linking.md."
    })
final class EvalStoriesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--corpus", required = true, paramLabel = "FILE", description = "The corpus: one JSON article a line.")
  Path corpus;

  @Option(names = "--db", paramLabel = "FILE", description = "Keep the linked store in FILE (default: a temporary file, deleted).")
  Path db;

  @Option(names = "--json", description = "Print the figures as one JSON object.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    List<CorpusArticle> articles = StoryCorpus.read(corpus);
    CorpusLinking.Linked linked = EvalStore.link(articles, db);
    PrintWriter out = spec.commandLine().getOut();
    TreeSet<String> splits = new TreeSet<>();
    articles.stream().map(CorpusArticle::split).filter(s -> s != null).forEach(splits::add);
    ObjectNode node = ArticleJson.MAPPER.createObjectNode();
    print("all", linked.scores(null), out, node);
    for (String split : splits) {
      print(split, linked.scores(split), out, node);
    }
    if (json) {
      out.println(node);
    }
    out.flush();
    return 0;
  }

  private void print(String name, ClusterScores s, PrintWriter out, ObjectNode node) {
    if (json) {
      ObjectNode scores = node.putObject(name);
      scores.put("articles", s.items());
      scores.put("bcubed_precision", s.bcubedPrecision());
      scores.put("bcubed_recall", s.bcubedRecall());
      scores.put("bcubed_f1", s.bcubedF1());
      scores.put("pair_precision", s.pairPrecision());
      scores.put("pair_recall", s.pairRecall());
      scores.put("pair_f1", s.pairF1());
    } else {
      out.printf(Locale.ROOT, "%-6s articles %4d  BCubed P %.3f R %.3f F1 %.3f  pairwise P %.3f R %.3f F1 %.3f%n",
          name, s.items(), s.bcubedPrecision(), s.bcubedRecall(), s.bcubedF1(), s.pairPrecision(), s.pairRecall(), s.pairF1());
    }
  }
}
