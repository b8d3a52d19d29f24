package org.quotetrail.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quotetrail.text.Span;

/**
 * Reads attribution relations from PolNeAR's brat standoff annotation: {@code T} lines give typed
 * spans ({@code T3\tContent 115 290;300 320\t...}), {@code E} lines tie a relation's spans together
 * by role ({@code E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1}, with {@code Content2} for a
 * second content part). Other lines (notes, the continuation of a span text that holds a line
 * break) are skipped: span texts are taken from the article, not from the annotation.
 */
public final class BratReader {
  private static final Pattern SPAN_LINE = Pattern.compile("^(T\\d+)\\t(\\S+) ([0-9; ]+)(?:\\t.*)?$");
  private static final Pattern RELATION_LINE = Pattern.compile("^(E\\d+)\\t(.*)$");

  /** The relations of one annotation file. */
  public record Relations(List<GoldRelation> withContent, int withoutContent) {}

  private BratReader() {}

  /**
   * Parses {@code annotation}, whose offsets point into {@code text}; {@code name} names the file
   * in error messages.
   *
   * @throws IllegalArgumentException naming the file and line when a span does not fit the text or
   *     a relation refers to a missing span
   */
  public static Relations read(String annotation, String text, String name) {
    Map<String, List<Span>> spans = new HashMap<>();
    List<String[]> relationLines = new ArrayList<>();
    String[] lines = annotation.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].stripTrailing();
      Matcher span = SPAN_LINE.matcher(line);
      Matcher relation = RELATION_LINE.matcher(line);
      if (span.matches()) {
        spans.put(span.group(1), ranges(span.group(3), text, name + " line " + (i + 1)));
      } else if (relation.matches()) {
        relationLines.add(new String[] {relation.group(1), relation.group(2), name + " line " + (i + 1)});
      }
    }
    List<GoldRelation> withContent = new ArrayList<>();
    int withoutContent = 0;
    for (String[] r : relationLines) {
      GoldRelation relation = relation(r[0], r[1], spans, r[2]);
      if (relation == null) {
        withoutContent++;
      } else {
        withContent.add(relation);
      }
    }
    return new Relations(withContent, withoutContent);
  }

  /** One relation from its role list, or null when it has no content. */
  private static GoldRelation relation(String id, String roles, Map<String, List<Span>> spans, String place) {
    List<Span> content = new ArrayList<>();
    Span source = null;
    Span cue = null;
    for (String arg : roles.trim().split("\\s+")) {
      int colon = arg.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String role = arg.substring(0, colon);
      List<Span> target = spans.get(arg.substring(colon + 1));
      if (target == null) {
        throw new IllegalArgumentException(place + ": relation " + id + " refers to missing span " + arg);
      }
      if (role.startsWith("Content")) {
        content.addAll(target);
      } else if (role.equals("Source")) {
        source = cover(target);
      } else if (role.equals("Cue")) {
        cue = cover(target);
      }
    }
    if (content.isEmpty()) {
      return null;
    }
    content.sort(Comparator.naturalOrder());
    return new GoldRelation(id, content, source, cue);
  }

  /** The smallest span holding all parts: sources and cues are compared by words, so gaps do not matter. */
  private static Span cover(List<Span> parts) {
    return new Span(parts.get(0).begin(), parts.get(parts.size() - 1).end());
  }

  private static List<Span> ranges(String ranges, String text, String place) {
    List<Span> out = new ArrayList<>();
    for (String range : ranges.split(";")) {
      String[] ends = range.trim().split(" +");
      if (ends.length != 2) {
        throw new IllegalArgumentException(place + ": bad range '" + range + "'");
      }
      int begin = charOffset(text, Integer.parseInt(ends[0]));
      int end = charOffset(text, Integer.parseInt(ends[1]));
      if (begin < 0 || end < begin || end > text.length()) {
        throw new IllegalArgumentException(
            place + ": range " + range.trim() + " outside the text (" + text.length() + " characters)");
      }
      out.add(new Span(begin, end));
    }
    out.sort(Comparator.naturalOrder());
    return out;
  }

  /** brat counts code points; Java strings count UTF-16 units, which differ only past U+FFFF. */
  private static int charOffset(String text, int codePoints) {
    if (codePoints > text.codePointCount(0, text.length())) {
      return text.length() + 1;
    }
    return text.offsetByCodePoints(0, codePoints);
  }
}
