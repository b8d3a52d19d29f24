package org.quotetrail.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tiny HTML builder that escapes every text and attribute value it is given: the only way to put
 * words on a page is {@link Element#text}, so stored article text (which may carry markup and
 * scripts) can only ever appear as text.
 */
final class Html {
  private static final List<String> VOID = List.of("meta", "link", "input", "br", "img");

  private Html() {}

  /** A piece of a page. */
  interface Node {
    void render(StringBuilder out);
  }

  /** A new element {@code <tag>}. */
  static Element el(String tag) {
    return new Element(checked(tag));
  }

  /** Text, escaped when rendered. */
  static Node text(String text) {
    return out -> escape(text == null ? "" : text, out);
  }

  /** {@code value} escaped for text or a double-quoted attribute. */
  static void escape(String value, StringBuilder out) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
  }

  /** A whole page: the doctype and {@code root}. */
  static String document(Element root) {
    StringBuilder out = new StringBuilder(8192).append("<!DOCTYPE html>\n");
    root.render(out);
    return out.toString();
  }

  /** {@code name} if it is a plain lower-case name ({@code [a-z][a-z0-9-]*}); a loop, as it runs for every element and attribute. */
  private static String checked(String name) {
    boolean plain = !name.isEmpty() && name.charAt(0) >= 'a' && name.charAt(0) <= 'z';
    for (int i = 1; i < name.length() && plain; i++) {
      char c = name.charAt(i);
      plain = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    }
    if (!plain) {
      throw new IllegalArgumentException("not an HTML name: " + name);
    }
    return name;
  }

  /** An element with attributes and children, built by chained calls. */
  static final class Element implements Node {
    private final String tag;
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final List<Node> children = new ArrayList<>();

    private Element(String tag) {
      this.tag = tag;
    }

    /** Sets attribute {@code name} to {@code value}, escaped; a null value leaves it out. */
    Element attr(String name, Object value) {
      if (value != null) {
        attributes.put(checked(name), value.toString());
      }
      return this;
    }

    /** Adds {@code text}, escaped. */
    Element text(String text) {
      children.add(Html.text(text));
      return this;
    }

    Element add(Node... nodes) {
      children.addAll(List.of(nodes));
      return this;
    }

    Element addAll(List<? extends Node> nodes) {
      children.addAll(nodes);
      return this;
    }

    @Override
    public void render(StringBuilder out) {
      out.append('<').append(tag);
      attributes.forEach((name, value) -> {
        out.append(' ').append(name).append("=\"");
        escape(value, out);
        out.append('"');
      });
      out.append('>');
      if (VOID.contains(tag)) {
        return;
      }
      children.forEach(child -> child.render(out));
      out.append("</").append(tag).append('>');
    }
  }
}
