package org.quotetrail.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotetrail.eval.TinyPolnear;
import org.quotetrail.quote.CueModel;
import picocli.CommandLine;

class TrainCuesCommandTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void trainsAModelThatEvalQuotesCanUse() throws IOException {
    Path split = TinyPolnear.write(dir.resolve("split"));
    Path model = dir.resolve("cues.tsv.gz");
    int status = run("train", "cues", "--polnear", split.toString(), "--out", model.toString());
    assertEquals(0, status, err.toString());
    assertTrue(out.toString().startsWith("cue model from " + split + ": 2 articles,"), out.toString());
    assertTrue(out.toString().contains(" 2 cues;"), out.toString());
    try (InputStream in = Files.newInputStream(model)) {
      assertTrue(CueModel.read(in, model.toString()).size() > 0);
    }
    assertEquals(0, run("eval", "quotes", "--polnear", split.toString(), "--cue-model", model.toString()), err.toString());
  }

  @Test
  void aFolderThatIsNotASplitIsOneLineOfError() {
    int status = run("train", "cues", "--polnear", dir.toString(), "--out", dir.resolve("m.tsv.gz").toString());
    assertEquals(OneLineErrors.FAILURE, status);
    assertEquals(1, err.toString().lines().count(), err.toString());
    assertTrue(err.toString().contains("not a PolNeAR split"), err.toString());
  }

  private int run(String... args) {
    out.getBuffer().setLength(0);
    return new CommandLine(new Main())
        .setOut(new PrintWriter(out, true))
        .setErr(new PrintWriter(err, true))
        .setExecutionExceptionHandler(new OneLineErrors())
        .execute(args);
  }
}
