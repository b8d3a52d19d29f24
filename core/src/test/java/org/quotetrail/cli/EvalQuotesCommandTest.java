package org.quotetrail.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotetrail.eval.TinyPolnear;
import picocli.CommandLine;

class EvalQuotesCommandTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void printsTheBaselinesFiguresAsATable() throws IOException {
    int status = run("eval", "quotes", "--polnear", TinyPolnear.write(dir.resolve("split")).toString(), "--baseline", "quote-marks");
    assertEquals(0, status, err.toString());
    assertTrue(out.toString().contains("system quote-marks: 2 articles (0 failed)"), out.toString());
    assertTrue(out.toString().contains("30%       all                2      2      1  0.500  0.500  0.500       0  0.500"), out.toString());
  }

  @Test
  void scoresTheExtractorAsJsonWithALimitAndAnErrorFile() throws IOException {
    Path errors = dir.resolve("errors.tsv");
    int status = run("eval", "quotes", "--polnear", TinyPolnear.write(dir.resolve("split")).toString(),
        "--json", "--limit", "1", "--errors", errors.toString());
    assertEquals(0, status, err.toString());
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertEquals("extractor", json.get("system").asText());
    assertEquals(1, json.get("articles").asInt());
    assertEquals(2, json.get("thresholds").get(0).get("all").get("gold").asInt());
    assertTrue(Files.readString(errors).startsWith("error\tkind\tarticle\t"));
  }

  @Test
  void aFolderThatIsNotASplitIsOneLineOfError() {
    int status = run("eval", "quotes", "--polnear", dir.toString());
    assertEquals(OneLineErrors.FAILURE, status);
    assertEquals(1, err.toString().lines().count(), err.toString());
    assertTrue(err.toString().contains("not a PolNeAR split"), err.toString());
  }

  @Test
  void anUnknownBaselineIsRefused() throws IOException {
    int status = run("eval", "quotes", "--polnear", TinyPolnear.write(dir).toString(), "--baseline", "coin-flip");
    assertEquals(OneLineErrors.FAILURE, status);
    assertTrue(err.toString().contains("unknown baseline 'coin-flip'"), err.toString());
  }

  private int run(String... args) {
    return new CommandLine(new Main())
        .setOut(new PrintWriter(out, true))
        .setErr(new PrintWriter(err, true))
        .setExecutionExceptionHandler(new OneLineErrors())
        .execute(args);
  }
}
