package org.quotetrail.clean.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.quotetrail.clean.Boilerplate;

/**
 * Cuts a page into {@link TextBlock}s the way a browser lays it out: block elements and line
 * breaks end a block, inline elements ({@code <a>}, {@code <b>}, {@code <span>}) do not.
 */
final class TextBlocks implements NodeVisitor {
  private static final Set<String> BLOCK_TAGS = Set.of(
      "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
      "dl", "dt", "dd", "blockquote", "pre", "table", "tbody", "thead", "tr", "td", "th", "caption",
      "figure", "figcaption", "address", "center", "fieldset", "details", "summary", "hr", "br", "body");

  private final List<TextBlock> blocks = new ArrayList<>();
  private final Deque<Element> owners = new ArrayDeque<>();
  private final StringBuilder text = new StringBuilder();
  private int linkChars;
  private int linkDepth;

  private TextBlocks() {}

  /** The text blocks under {@code root}, in document order. */
  static List<TextBlock> of(Element root) {
    TextBlocks visitor = new TextBlocks();
    visitor.owners.push(root);
    NodeTraversor.traverse(visitor, root);
    visitor.flush();
    return visitor.blocks;
  }

  @Override
  public void head(Node node, int depth) {
    if (node instanceof TextNode t) {
      append(t.getWholeText());
    } else if (node instanceof Element e) {
      String tag = e.normalName();
      if (BLOCK_TAGS.contains(tag)) {
        flush();
        if (!tag.equals("br") && !tag.equals("hr")) {
          owners.push(e);
        }
      } else if (tag.equals("a")) {
        linkDepth++;
      }
    }
  }

  @Override
  public void tail(Node node, int depth) {
    if (node instanceof Element e) {
      String tag = e.normalName();
      if (BLOCK_TAGS.contains(tag) && !tag.equals("br") && !tag.equals("hr")) {
        flush();
        if (owners.size() > 1) {
          owners.pop();
        }
      } else if (tag.equals("a")) {
        linkDepth--;
      }
    }
  }

  /** Adds text with white space collapsed, counting what falls inside links. */
  private void append(String raw) {
    int before = text.length();
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0') {
        if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
          text.append(' ');
        }
      } else {
        text.append(c);
      }
    }
    if (linkDepth > 0) {
      linkChars += text.length() - before;
    }
  }

  private void flush() {
    int end = text.length();
    while (end > 0 && text.charAt(end - 1) == ' ') {
      end--;
    }
    if (end > 0) {
      String s = text.substring(0, end);
      blocks.add(new TextBlock(owners.peek(), s, Math.min(linkChars, s.length()), Boilerplate.wordCount(s)));
    }
    text.setLength(0);
    linkChars = 0;
  }
}
