package org.quotetrail.clean.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.quotetrail.clean.Boilerplate;

/**
 * The article body a publisher declares for machines: JSON-LD {@code articleBody}, or the element
 * marked {@code itemprop="articleBody"}, even when hidden. Pages that build their visible text with
 * scripts, or split it into fragments, often declare it whole; extraction falls back on it when it
 * holds far more text than the page's visible article.
 */
final class DeclaredBody {
  // Declared text is preferred only when it is this many times longer than what extraction found ...
  private static final int MORE_TIMES = 2;
  // ... and long enough to be an article rather than a summary.
  private static final int MIN_WORDS = 80;

  private DeclaredBody() {}

  /** The declared body's paragraphs, read before furniture is pruned; empty when there is none. */
  static List<String> of(Document page, Optional<JsonLdArticle> ld) {
    Element marked = page.selectFirst("[itemprop=articleBody]");
    if (marked != null) {
      return paragraphs(marked);
    }
    String body = ld.map(JsonLdArticle::articleBody).orElse(null);
    if (body == null) {
      return List.of();
    }
    // JSON-LD bodies come as plain text with line breaks or as escaped markup: read both as HTML.
    String html = body.contains("<") ? body : "<p>" + body.replaceAll("\\s*\\n\\s*\\n?\\s*", "</p><p>") + "</p>";
    return paragraphs(Jsoup.parseBodyFragment(html).body());
  }

  /** {@code declared} when it holds much more text than {@code extracted}, else {@code extracted}. */
  static List<String> preferred(List<String> extracted, List<String> declared) {
    int declaredWords = words(declared);
    return declaredWords >= MIN_WORDS && declaredWords > MORE_TIMES * words(extracted) ? declared : extracted;
  }

  private static List<String> paragraphs(Element root) {
    List<String> out = new ArrayList<>();
    for (TextBlock b : TextBlocks.of(root)) {
      out.add(b.text());
    }
    return out;
  }

  private static int words(List<String> paragraphs) {
    int n = 0;
    for (String p : paragraphs) {
      n += Boilerplate.wordCount(p);
    }
    return n;
  }
}
