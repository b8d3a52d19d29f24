package org.quotetrail.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotetrail.json.ArticleJson;
import picocli.CommandLine;

class BenchCommandTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return new CommandLine(new Main())
        .setOut(new PrintWriter(out))
        .setErr(new PrintWriter(err))
        .setExecutionExceptionHandler(new OneLineErrors())
        .execute(args);
  }

  @Test
  void printsPositiveFiguresInATable() {
    assertEquals(0, run("bench", "--articles", "15", "--warmup", "5"));
    for (String figure : new String[] {"articles/s", "MB/s", "mean article", "peak heap"}) {
      Matcher m = Pattern.compile(Pattern.quote(figure) + "\\s+([0-9.]+)").matcher(out.toString());
      assertTrue(m.find(), figure + " missing from:\n" + out);
      assertTrue(Double.parseDouble(m.group(1)) > 0, figure + " not positive");
    }
  }

  @Test
  void printsJsonForMachines() throws Exception {
    assertEquals(0, run("bench", "--articles", "10", "--warmup", "0", "--threads", "2", "--json"));
    JsonNode json = ArticleJson.MAPPER.readTree(out.toString());
    assertEquals(10, json.get("articles").asInt());
    assertEquals(2, json.get("threads").asInt());
    for (String field : new String[] {"articles_per_second", "mb_per_second", "mean_article_bytes", "peak_heap_bytes"}) {
      assertTrue(json.get(field).asDouble() > 0, field);
    }
  }

  @Test
  void writesTheCorpusWithOut() throws Exception {
    assertEquals(0, run("bench", "--articles", "4", "--out", dir.toString()));
    try (var files = Files.list(dir)) {
      assertEquals(4, files.count());
    }
    assertTrue(out.toString().startsWith("wrote 4 articles"), out.toString());
  }

  @Test
  void printsTheScalingCurveOfSqliteIngestWithLinking() {
    assertEquals(0, run("bench", "--scale", "--sizes", "20,40", "--warmup", "8"), err.toString());
    assertScaleRows("sqlite", out.toString());
  }

  @Test
  void printsThePostgresqlCurveWhenGivenAServer() {
    String server = System.getenv("QUOTETRAIL_TEST_PG");
    Assumptions.assumeTrue(server != null && !server.isBlank(), "QUOTETRAIL_TEST_PG is unset: PostgreSQL test skipped");
    assertEquals(0, run("bench", "--scale", "--sizes", "20,40", "--warmup", "0", "--only", "pg", "--pg", server), err.toString());
    assertScaleRows("pg", out.toString());
    assertFalse(out.toString().contains("sqlite"), out.toString());
  }

  @Test
  void refusesSparkWithoutTheSparkModule() {
    assertEquals(CommandLine.ExitCode.USAGE, run("bench", "--scale", "--sizes", "20", "--spark"));
    assertTrue(err.toString().contains("the Spark target is not on the class path"), err.toString());
  }

  /** The table has one row of positive figures per size for {@code target}, then the growth of ms/article. */
  static void assertScaleRows(String target, String printed) {
    assertTrue(printed.startsWith("target  articles  seconds  articles/s   MB/s  peak heap MB  ms/article  cpu ms/article"), printed);
    for (int n : new int[] {20, 40}) {
      Matcher row = Pattern.compile("(?m)^" + target + "\\s+" + n + "\\s+([0-9.]+)\\s+([0-9.]+)\\s+([0-9.]+)\\s+([0-9.]+)\\s+([0-9.]+)\\s+([0-9.]+)$")
          .matcher(printed);
      assertTrue(row.find(), target + " row for " + n + " missing from:\n" + printed);
      for (int figure = 1; figure <= 6; figure++) {
        // MB/s (figure 3) is printed to two decimals: on a loaded machine 20 articles can round to 0.00.
        double least = figure == 3 ? 0 : Double.MIN_VALUE;
        assertTrue(Double.parseDouble(row.group(figure)) >= least, "figure " + figure + " of " + row.group());
      }
    }
    Matcher growth = Pattern.compile("(?m)^" + target + ": ms/article at 40 / at 20 = ([0-9.]+) \\(cpu ms/article: [0-9.]+\\)$").matcher(printed);
    assertTrue(growth.find(), printed);
    assertTrue(Double.parseDouble(growth.group(1)) > 0, growth.group());
  }

  @Test
  void rejectsAnEmptyCorpus() {
    assertEquals(CommandLine.ExitCode.USAGE, run("bench", "--articles", "0"));
    assertTrue(err.toString().contains("--articles must be at least 1"), err.toString());
  }
}
