package org.quotetrail.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ArticleComposerTest {
  @Test
  void bodyReachesTheTargetLength() {
    String text = new ArticleComposer(new Random(1)).compose(2000);
    assertTrue(text.length() > 2000, "length " + text.length());
    assertTrue(text.length() < 3500, "length " + text.length());
  }

  @Test
  void startsWithHeadlineAndBylineAndEndsWithFooter() {
    String[] lines = new ArticleComposer(new Random(2)).compose(1000).strip().split("\n+");
    assertTrue(lines[1].startsWith("By ") || lines[1].equals("Avatar"), lines[1]);
    assertTrue(lines[lines.length - 1].equals("SUBSCRIBE TO OUR NEWSLETTER"));
    assertTrue(lines[lines.length - 3].startsWith("More from "));
  }

  @Test
  void someQuotesRunOverSeveralParagraphs() {
    boolean found =
        IntStream.range(0, 20)
            .mapToObj(seed -> new ArticleComposer(new Random(seed)).compose(4000))
            .flatMap(String::lines)
            .anyMatch(ArticleComposerTest::opensWithoutClosing);
    assertTrue(found, "a paragraph that opens a quote and leaves it open");
  }

  @Test
  void pronounsFollowANamedSpeaker() {
    for (int seed = 0; seed < 20; seed++) {
      List<String> lines = new ArticleComposer(new Random(seed)).compose(3000).lines().toList();
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).matches("^(He|She|They) .*")) {
          assertTrue(lines.subList(0, i).stream().anyMatch(ArticleComposerTest::reportsSpeech), lines.get(i));
          break;
        }
      }
    }
  }

  private static boolean reportsSpeech(String line) {
    return line.contains("\u201c") || line.contains("\"") || line.contains(" said ") || line.contains(" told ");
  }

  private static boolean opensWithoutClosing(String line) {
    return (line.startsWith("\u201c") && !line.contains("\u201d"))
        || (line.startsWith("\"") && line.chars().filter(c -> c == '"').count() == 1);
  }
}
