package org.quotetrail.clean.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.quotetrail.clean.Boilerplate;

/**
 * Removes the elements of a page whose markup says they are not article text: scripts, forms and
 * media, navigation and other landmark furniture, hidden elements, and elements whose class or id
 * names furniture ({@link Boilerplate#isFurnitureName}).
 */
final class FurniturePruner {
  private static final Set<String> NEVER_TEXT = Set.of(
      "script", "style", "noscript", "template", "iframe", "svg", "canvas", "button", "input", "select",
      "textarea", "object", "embed", "video", "audio", "map", "nav", "aside", "footer", "header", "menu",
      "dialog", "head", "link", "meta", "figure", "figcaption");
  private static final Set<String> LANDMARK_ROLES = Set.of(
      "navigation", "complementary", "contentinfo", "banner", "search", "dialog", "alert", "menu", "menubar");
  private static final Set<String> CONTAINERS = Set.of("html", "body", "main", "article");
  private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
  private static final Pattern CONTENT_NAME =
      Pattern.compile("(?i)article[-_]?body|articlebody|story[-_]?body|entry[-_]content|post[-_]content|article[-_]content");
  // An element named like furniture that holds this share of the page's paragraph text is a
  // wrapper ("page-with-sidebar"), not furniture.
  private static final double WRAPPER_SHARE = 0.5;
  // Below this share of all the page's text, a named element cannot be a wrapper: no need to look.
  private static final double SMALL_SHARE = 0.1;

  private FurniturePruner() {}

  /** Removes furniture from {@code root}, in place. */
  static void prune(Element root) {
    List<Element> doomed = new ArrayList<>();
    int pageChars = -1;
    int pageParagraphChars = -1;
    for (Element e : root.getAllElements()) {
      if (e == root || isInside(e, doomed)) {
        continue;
      }
      if (isFurnitureByTag(e)) {
        doomed.add(e);
      } else if (isFurnitureByName(e)) {
        pageChars = pageChars < 0 ? root.text().length() : pageChars;
        if (e.text().length() < SMALL_SHARE * pageChars) {
          doomed.add(e);
          continue;
        }
        pageParagraphChars = pageParagraphChars < 0 ? paragraphChars(root) : pageParagraphChars;
        if (paragraphChars(e) <= WRAPPER_SHARE * pageParagraphChars && !holdsContent(e)) {
          doomed.add(e);
        }
      }
    }
    doomed.forEach(Element::remove);
  }

  private static int paragraphChars(Element e) {
    int chars = 0;
    for (Element p : e.getElementsByTag("p")) {
      chars += p.text().length();
    }
    return chars;
  }

  private static boolean isFurnitureByTag(Element e) {
    return NEVER_TEXT.contains(e.normalName())
        || LANDMARK_ROLES.contains(e.attr("role"))
        || e.hasAttr("hidden")
        || e.attr("aria-hidden").equals("true")
        || (e.hasAttr("style") && HIDDEN_STYLE.matcher(e.attr("style")).find());
  }

  private static boolean isFurnitureByName(Element e) {
    if (CONTAINERS.contains(e.normalName()) || e.attr("itemprop").equalsIgnoreCase("articleBody")) {
      return false;
    }
    String names = e.className() + " " + e.id();
    return Boilerplate.isFurnitureName(names.strip()) && !CONTENT_NAME.matcher(names).find();
  }

  /** True when {@code e} holds the article body as its markup names it. */
  private static boolean holdsContent(Element e) {
    for (Element d : e.getAllElements()) {
      if (d != e && (d.attr("itemprop").equalsIgnoreCase("articleBody") || CONTENT_NAME.matcher(d.className() + " " + d.id()).find())) {
        return true;
      }
    }
    return false;
  }

  // Elements come in document order, so a descendant of a doomed element follows it directly.
  private static boolean isInside(Element e, List<Element> doomed) {
    if (doomed.isEmpty()) {
      return false;
    }
    Element last = doomed.get(doomed.size() - 1);
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p == last) {
        return true;
      }
    }
    return false;
  }
}
