package org.quotetrail.clean;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quotetrail.ingest.RawArticle;

/**
 * Cleans a plain-text article as scrapers leave it: the first line is the headline, short lines
 * near the top may carry byline, date and URL, and widgets, appeals and footers are dropped.
 *
 * <p>Paragraphs are lines, or blocks separated by blank lines when the text is hard-wrapped.
 */
public final class PlainTextCleaner implements ArticleCleaner {
  private static final Pattern BY_LINE = Pattern.compile("(?i)^by\\s+\\p{Lu}.{1,80}$");
  private static final Pattern URL_LINE = Pattern.compile("^https?://\\S+$");
  private static final Pattern INLINE_SPACE = Pattern.compile("[ \t\f\u000b]+");
  private static final Pattern LINE_BREAK = Pattern.compile("\\s*\n\\s*");
  /**
   * A markup tag a scraper left in the text with quoted attribute values (an embedded tweet's
   * {@code <tweet author="..." tweet_id="...">}): the values would read as quoted words. Tags
   * without quoted values are left alone, as they may be the article's own words about markup.
   */
  private static final Pattern TAG_WITH_QUOTED_VALUES = Pattern.compile(
      "<([A-Za-z][A-Za-z0-9-]*+)((?:\\s++[A-Za-z_:][-\\w:.]*+(?:\\s*+=\\s*+(?:\"[^\"<>]*+\"|'[^'<>]*+'|[^\\s\"'<>=`]++))?+)++)\\s*+/?>");
  private static final int HEADLINE_MAX_CHARS = 300;
  // How many lines below the headline may hold byline, date or URL.
  private static final int HEADER_LINES = 6;

  @Override
  public CleanedArticle clean(RawArticle raw) {
    List<String> paragraphs = paragraphs(raw.content());
    if (paragraphs.isEmpty()) {
      return new CleanedArticle(new ArticleMetadata(null, null, null, null, raw.url()), "");
    }
    String title = null;
    int start = 0;
    if (paragraphs.size() > 1 && paragraphs.get(0).length() <= HEADLINE_MAX_CHARS) {
      title = paragraphs.get(0);
      start = 1;
    }
    Header header = new Header(raw.url());
    List<String> body = new ArrayList<>();
    String outlet = null;
    boolean afterAvatar = false;
    for (int i = start; i < paragraphs.size(); i++) {
      String line = paragraphs.get(i);
      boolean nearTop = body.isEmpty() && i - start < HEADER_LINES;
      if (nearTop && header.take(line, afterAvatar)) {
        afterAvatar = false;
        continue;
      }
      Boilerplate.Verdict verdict = Boilerplate.judge(line);
      if (verdict == Boilerplate.Verdict.END_OF_ARTICLE && !body.isEmpty()) {
        outlet = Boilerplate.outletFromFooter(line).orElse(null);
        break;
      }
      if (verdict == Boilerplate.Verdict.CONTENT && !Boilerplate.isAppeal(line)) {
        body.add(line);
      }
      afterAvatar = line.equalsIgnoreCase("avatar");
    }
    ArticleMetadata metadata = new ArticleMetadata(title, header.byline, outlet, header.date, header.url);
    return new CleanedArticle(metadata, String.join("\n\n", body));
  }

  /** The lines that may precede the body: byline, date, URL. */
  private static final class Header {
    String byline;
    LocalDate date;
    String url;

    Header(String url) {
      this.url = url;
    }

    boolean take(String line, boolean afterAvatar) {
      if (BY_LINE.matcher(line).matches()) {
        byline = line.substring(2).strip();
        return true;
      }
      if (afterAvatar && looksLikeName(line)) {
        // Author boxes scrape as an "Avatar" image label followed by the author's name.
        byline = line;
        return true;
      }
      if (URL_LINE.matcher(line).matches()) {
        url = url == null ? line : url;
        return true;
      }
      Optional<LocalDate> parsed = Dates.parse(line);
      if (parsed.isPresent() && line.length() <= 60) {
        date = parsed.get();
        return true;
      }
      return false;
    }
  }

  private static boolean looksLikeName(String line) {
    String[] words = line.split("\\s+");
    if (words.length > 4 || line.endsWith(".")) {
      return false;
    }
    for (String w : words) {
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Splits text into paragraphs. Scraped text has one paragraph per line; hard-wrapped text has
   * paragraphs of several short lines between blank lines, which are joined.
   */
  static List<String> paragraphs(String content) {
    String text = content.replace("\r\n", "\n").replace('\r', '\n').replace('\u00a0', ' ');
    String[] blocks = text.split("\n[ \t]*\n");
    boolean wrapped = isHardWrapped(blocks);
    List<String> out = new ArrayList<>();
    for (String block : blocks) {
      if (wrapped) {
        addIfText(out, LINE_BREAK.matcher(block).replaceAll(" "));
      } else {
        for (String line : block.split("\n")) {
          addIfText(out, line);
        }
      }
    }
    return out;
  }

  private static void addIfText(List<String> out, String paragraph) {
    String p = INLINE_SPACE.matcher(withoutScrapedTags(paragraph).strip()).replaceAll(" ");
    if (!p.isEmpty()) {
      out.add(p);
    }
  }

  /** {@code paragraph} without the tags {@link #TAG_WITH_QUOTED_VALUES} finds, nor their closing tags. */
  private static String withoutScrapedTags(String paragraph) {
    if (paragraph.indexOf('<') < 0) {
      return paragraph;
    }
    Matcher tag = TAG_WITH_QUOTED_VALUES.matcher(paragraph);
    StringBuilder kept = new StringBuilder();
    Set<String> closing = new HashSet<>();
    while (tag.find()) {
      boolean quoted = tag.group(2).indexOf('"') >= 0 || tag.group(2).indexOf('\'') >= 0;
      if (quoted) {
        closing.add("</" + tag.group(1).toLowerCase(Locale.ROOT) + ">");
      }
      tag.appendReplacement(kept, quoted ? " " : Matcher.quoteReplacement(tag.group()));
    }
    tag.appendTail(kept);
    String text = kept.toString();
    for (String close : closing) {
      text = Pattern.compile(Pattern.quote(close), Pattern.CASE_INSENSITIVE).matcher(text).replaceAll(" ");
    }
    return text;
  }

  /**
   * Text wrapped at a column breaks lines in mid-sentence: most lines short, and most of them not
   * ending a sentence. Scraped text has one paragraph a line, each ending with its punctuation, and
   * headers (headline, byline, date) that end without it but are few.
   */
  private static boolean isHardWrapped(String[] blocks) {
    int inner = 0;
    int midSentence = 0;
    for (int b = 0; b < blocks.length; b++) {
      String[] lines = blocks[b].strip().split("\n");
      if (b == 0 && lines.length <= HEADER_LINES) {
        continue; // headline, byline, date and URL end without punctuation but are not wrapped text
      }
      for (int i = 0; i < lines.length - 1; i++) {
        String line = lines[i].strip();
        if (line.isEmpty()) {
          continue;
        }
        inner++;
        char last = line.charAt(line.length() - 1);
        if (line.length() <= 100 && ".!?:\"\u201d\u2019'\u2026)".indexOf(last) < 0) {
          midSentence++;
        }
      }
    }
    return inner >= 3 && midSentence * 10 >= inner * 7;
  }
}
