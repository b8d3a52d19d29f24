package org.quotetrail.spark.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.quotetrail.cli.Main;
import picocli.CommandLine;

/** The core's {@code bench --scale} finds the Spark target on the class path and prints its curve. */
class SparkScaleTargetTest {
  @AfterAll
  static void stopSpark() {
    SparkSession.active().stop();
  }

  @Test
  void benchScaleRunsTheSparkJobWhenItsModuleIsOnTheClassPath() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = new CommandLine(new Main()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
        .execute("bench", "--scale", "--only", "spark", "--sizes", "20,40", "--warmup", "0");

    assertEquals(0, status, err.toString());
    String printed = out.toString();
    for (int n : new int[] {20, 40}) {
      Matcher row = Pattern.compile("(?m)^spark\\s+" + n + "(\\s+[0-9.]+){6}$").matcher(printed);
      assertTrue(row.find(), "spark row for " + n + " missing from:\n" + printed);
    }
    assertTrue(printed.contains("spark: ms/article at 40 / at 20 = "), printed);
  }
}
