package org.quotetrail.clean.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.quotetrail.clean.Boilerplate;

/**
 * Picks the article among a page's text blocks. Each block that reads like article prose (several
 * words, few links, not furniture by {@link Boilerplate#judge}) credits its characters to every
 * element above it, and every other block debits its characters at a discount; the element with
 * the best balance holds the article. Its blocks are then kept, save links, furniture and the short
 * lines (bylines, dates, labels) before the first and after the last prose block.
 */
final class ContentSelector {
  // A block of prose has at least this many words ...
  private static final int PROSE_WORDS = 10;
  // ... and at most this share of link text.
  private static final double PROSE_LINK_DENSITY = 0.25;
  // How much of a block's credit reaches each further ancestor: text far below an element binds it
  // less than text close by, so the tight container of the paragraphs beats a page-wide ancestor
  // that adds a few teasers.
  private static final double DECAY = 0.8;
  // Blocks with more link text than this are link lists, not text.
  private static final double LINK_LIST_DENSITY = 0.5;

  private ContentSelector() {}

  /** The article's paragraphs among {@code blocks}; {@code title} is the known headline, or null. */
  static List<String> select(List<TextBlock> blocks, String title) {
    boolean[] prose = new boolean[blocks.size()];
    for (int i = 0; i < blocks.size(); i++) {
      prose[i] = isProse(blocks.get(i));
    }
    int[] range = bestContainer(blocks, prose);
    return keep(blocks, prose, range[0], range[1], title);
  }

  /** True when {@code b} reads like article prose: enough words outside links, not furniture. */
  private static boolean isProse(TextBlock b) {
    return b.words() * (1 - b.linkDensity()) >= PROSE_WORDS
        && b.linkDensity() <= PROSE_LINK_DENSITY
        && !b.isHeading()
        && Boilerplate.judge(b.text()) == Boilerplate.Verdict.CONTENT;
  }

  /** The first and last block index of the element that holds the article. */
  private static int[] bestContainer(List<TextBlock> blocks, boolean[] prose) {
    Map<Element, ContainerTally> tallies = new IdentityHashMap<>();
    for (int i = 0; i < blocks.size(); i++) {
      int chars = blocks.get(i).text().length();
      double weight = 1;
      for (Element e = blocks.get(i).owner(); e != null; e = e.parent()) {
        tallies.computeIfAbsent(e, ContainerTally::new).add(i, chars, prose[i], weight);
        weight *= DECAY;
      }
    }
    ContainerTally best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (ContainerTally t : tallies.values()) {
      double score = t.score();
      if (score > bestScore) {
        best = t;
        bestScore = score;
      }
    }
    return best == null ? new int[] {0, -1} : new int[] {best.first(), best.last()};
  }

  /**
   * The blocks from {@code first} to {@code last} that belong to the article. A line that usually
   * ends an article ("Related stories") ends it when it is a heading or when less prose follows than
   * went before: a "Subscribe to our channel" link halfway down a review does not.
   */
  private static List<String> keep(List<TextBlock> blocks, boolean[] prose, int first, int last, String title) {
    int from = articleStart(blocks, prose, first, last);
    int to = articleEnd(blocks, prose, first, last);
    int proseAfter = 0;
    for (int i = from; i <= to; i++) {
      proseAfter += prose[i] ? blocks.get(i).text().length() : 0;
    }
    int proseBefore = 0;
    List<String> kept = new ArrayList<>();
    for (int i = from; i <= to; i++) {
      TextBlock b = blocks.get(i);
      if (prose[i]) {
        proseBefore += b.text().length();
        proseAfter -= b.text().length();
      } else if (!isArticleLine(b, title)) {
        boolean endsHere = proseAfter < proseBefore || b.isHeading();
        if (endsHere && Boilerplate.judge(b.text()) == Boilerplate.Verdict.END_OF_ARTICLE) {
          break;
        }
        continue;
      }
      kept.add(b.text());
    }
    return kept;
  }

  /** The first prose block, or the link-rich paragraphs just before it: bylines and dates stay out. */
  private static int articleStart(List<TextBlock> blocks, boolean[] prose, int first, int last) {
    int start = first;
    while (start <= last && !prose[start]) {
      start++;
    }
    while (start > first && isLinkedParagraph(blocks.get(start - 1))) {
      start--;
    }
    return start;
  }

  /** The last prose block, or the link-rich paragraphs, plain list items and headings just after it. */
  private static int articleEnd(List<TextBlock> blocks, boolean[] prose, int first, int last) {
    int end = last;
    while (end >= first && !prose[end]) {
      end--;
    }
    while (end < last && isArticleTail(blocks.get(end + 1))) {
      end++;
    }
    return end;
  }

  /** A paragraph of prose that links much of its text: article text still, but never a teaser. */
  private static boolean isLinkedParagraph(TextBlock b) {
    return b.owner().normalName().equals("p")
        && b.words() * (1 - b.linkDensity()) >= PROSE_WORDS
        && b.linkDensity() <= LINK_LIST_DENSITY;
  }

  /** A block that may follow the last plain paragraph: a linked paragraph, a plain list item or heading. */
  private static boolean isArticleTail(TextBlock b) {
    boolean plainItem = (b.owner().normalName().equals("li") || b.isHeading()) && b.linkChars() == 0
        && Boilerplate.judge(b.text()) == Boilerplate.Verdict.CONTENT;
    return plainItem || isLinkedParagraph(b);
  }

  /** True when a short block inside the article is part of it: a subheading, a short paragraph. */
  private static boolean isArticleLine(TextBlock b, String title) {
    if (b.linkDensity() > LINK_LIST_DENSITY || b.owner().normalName().equals("h1") || b.text().equals(title)) {
      return false;
    }
    return Boilerplate.judge(b.text()) == Boilerplate.Verdict.CONTENT;
  }
}
