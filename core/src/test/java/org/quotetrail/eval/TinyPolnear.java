package org.quotetrail.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes an invented two-article PolNeAR-like split for tests. Article "a1" has a quote-marked
 * relation and a reported belief, annotated by "aaa" (used) and "zzz" (ignored: not first by
 * name); article "a2" has no relations and one scare-quoted word.
 */
public final class TinyPolnear {
  public static final String A1 =
      "Port to reopen\n\n\"The port reopens on Monday,\" said harbour master Ada Reyes.\n\n"
          + "The council believes the repairs will hold.\n";
  public static final String A2 = "Quiet day\n\nNothing was said. A \"historic\" vote is due.\n";

  private TinyPolnear() {}

  /** Writes the split under {@code dir} and returns {@code dir}. */
  public static Path write(Path dir) throws IOException {
    Files.createDirectories(dir.resolve("text"));
    Files.createDirectories(dir.resolve("attributions"));
    Files.writeString(dir.resolve("text/a1.txt"), A1);
    Files.writeString(dir.resolve("text/a2.txt"), A2);
    Files.writeString(dir.resolve("attributions/a1_aaa.ann"), String.join("\n",
        "T1\tContent 17 44\tThe port reopens on Monday,",
        "T2\tCue 46 50\tsaid",
        "T3\tSource 51 75\tharbour master Ada Reyes",
        "T4\tAttribution 46 50\tsaid",
        "E1\tAttribution:T4 Content:T1 Cue:T2 Source:T3",
        "T5\tSource 78 89\tThe council",
        "T6\tCue 90 98\tbelieves",
        "T7\tContent 99 120\tthe repairs will hold",
        "T8\tAttribution 90 98\tbelieves",
        "E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5",
        ""));
    Files.writeString(dir.resolve("attributions/a1_zzz.ann"), "T1\tContent 0 14\tPort to reopen\nE1\tAttribution:T1 Content:T1\n");
    Files.writeString(dir.resolve("attributions/a2_aaa.ann"), "");
    return dir;
  }
}
