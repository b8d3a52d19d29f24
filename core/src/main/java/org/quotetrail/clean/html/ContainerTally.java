package org.quotetrail.clean.html;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What one element holds of a page's text: its prose and other text, both as counted and weighted
 * by distance (text far below binds an element less), and the range of its blocks.
 */
final class ContainerTally {
  // What a character of non-prose costs a container, against one of prose.
  private static final double OTHER_TEXT_COST = 0.5;
  private static final Pattern CONTENT_NAME =
      Pattern.compile("(?i)article[-_]?body|articlebody|story[-_]?body|entry[-_]content|post[-_]content|article[-_]content");
  // Markup that names the article body earns its element this share of extra credit for its prose.
  private static final double NAMED_CONTENT_BONUS = 0.25;

  private final Element element;
  private int first = -1;
  private int last;
  private double balance;
  private double prose;
  private double rawProse;
  private double rawOther;

  ContainerTally(Element element) {
    this.element = element;
  }

  /** Counts block {@code index} of {@code chars} characters, weighted by {@code weight}. */
  void add(int index, int chars, boolean isProse, double weight) {
    first = first < 0 ? index : first;
    last = index;
    if (isProse) {
      balance += weight * chars;
      prose += weight * chars;
      rawProse += chars;
    } else {
      balance -= weight * OTHER_TEXT_COST * chars;
      rawOther += chars;
    }
  }

  /** The weighted balance of prose over other text, with a bonus when markup names the article body. */
  double score() {
    boolean named = CONTENT_NAME.matcher(element.className()).find()
        || element.attr("itemprop").equalsIgnoreCase("articleBody");
    return named ? balance + NAMED_CONTENT_BONUS * prose : balance;
  }

  Element element() {
    return element;
  }

  int first() {
    return first;
  }

  int last() {
    return last;
  }

  double rawProse() {
    return rawProse;
  }

  double rawOther() {
    return rawOther;
  }
}
