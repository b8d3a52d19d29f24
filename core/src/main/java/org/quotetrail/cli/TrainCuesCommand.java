package org.quotetrail.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.quotetrail.eval.CueModelTrainer;
import org.quotetrail.eval.PolnearCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code train cues}: fits the cue model on a PolNeAR split and writes it. */
@Command(
    name = "cues",
    mixinStandardHelpOptions = true,
    description = {
      "Fit the learned cue model on a PolNeAR split (use train) and write it as a gzip file.",
      "The shipped model is core/src/main/resources/org/quotetrail/quote/cue-model.tsv.gz. See docs/evaluation.md."
    })
final class TrainCuesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--polnear", required = true, paramLabel = "DIR", description = "A PolNeAR split folder (text/, attributions/).")
  Path polnear;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the model (.tsv.gz).")
  Path out;

  @Override
  public Integer call() throws IOException {
    CueModelTrainer.Trained trained = new CueModelTrainer().train(new PolnearCorpus(polnear));
    CueModelTrainer.Report r = trained.report();
    String summary = String.format(Locale.ROOT,
        "cue model from %s: %d articles, %d words, %d cues; %d features; threshold %.2f (held-out precision %.3f, recall %.3f on words outside the word lists)",
        polnear, r.articles(), r.examples(), r.cues(), r.features(), r.threshold(), r.heldOutPrecision(), r.heldOutRecall());
    Path temporary = out.resolveSibling(out.getFileName() + ".tmp");
    try (OutputStream file = Files.newOutputStream(temporary)) {
      trained.model().write(file, "quotetrail cue model; " + summary);
    }
    Files.move(temporary, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.println(summary);
    stdout.println("strongest features:");
    for (Map.Entry<String, Float> e : trained.model().strongest(15)) {
      stdout.printf(Locale.ROOT, "  %-30s %6.2f%n", e.getKey(), e.getValue());
    }
    stdout.println("wrote " + out);
    stdout.flush();
    return 0;
  }
}
