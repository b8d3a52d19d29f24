package org.quotetrail.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.quotetrail.eval.stories.CorpusArticle;
import org.quotetrail.eval.stories.CorpusLinking;
import org.quotetrail.eval.stories.PersonChains;
import org.quotetrail.eval.stories.SpeakerMergeScores;
import org.quotetrail.eval.stories.StoryCorpus;
import org.quotetrail.store.LinkedQuote;
import org.quotetrail.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code eval speakers}: scores the cross-article speaker merge against gold person chains. */
@Command(
    name = "speakers",
    mixinStandardHelpOptions = true,
    description = {
      "Link a JSON Lines corpus as ingest does and score its canonical speakers against gold person chains",
      "(e.g. ECB+ ecbplus_persons.jsonl): precision and recall of merging one speaker across articles."
    })
final class EvalSpeakersCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--corpus", required = true, paramLabel = "FILE", description = "The corpus: one JSON article a line.")
  Path corpus;

  @Option(names = "--persons", required = true, paramLabel = "FILE", description = "The gold person chains: one JSON chain a line.")
  Path persons;

  @Option(names = "--db", paramLabel = "FILE", description = "Keep the linked store in FILE (default: a temporary file, deleted).")
  Path db;

  @Override
  public Integer call() throws IOException {
    List<CorpusArticle> articles = StoryCorpus.read(corpus);
    PersonChains gold = PersonChains.read(persons);
    SpeakerMergeScores s = EvalStore.run(articles, db, EvalSpeakersCommand::units).scoredAgainst(gold);
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "speaker units %d (canonical speaker per article), mapped to a gold person %d%n", s.units(), s.mapped());
    out.printf(Locale.ROOT, "cross-article merges %d, right %d: precision %.3f%n", s.merges(), s.rightMerges(), s.precision());
    out.printf(Locale.ROOT, "gold cross-article pairs %d: recall %.3f%n", s.goldPairs(), s.recall());
    out.flush();
    return 0;
  }

  /** The units of a linked corpus, to be scored. */
  private record Units(List<SpeakerMergeScores.Unit> units) {
    SpeakerMergeScores scoredAgainst(PersonChains gold) {
      return SpeakerMergeScores.of(units, gold);
    }
  }

  private static Units units(CorpusLinking.Linked linked, Store store) {
    List<SpeakerMergeScores.Unit> units = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (long story : new HashSet<>(linked.storyIds())) {
      for (LinkedQuote q : store.links().storyQuotations(story)) {
        int index = linked.articleIds().indexOf(q.articleId());
        String article = linked.articles().get(index).id();
        if (q.speakerId() != null && seen.add(article + "\u0000" + q.speakerId())) {
          units.add(new SpeakerMergeScores.Unit(article, q.speakerId(), q.speakerName()));
        }
      }
    }
    return new Units(units);
  }
}
