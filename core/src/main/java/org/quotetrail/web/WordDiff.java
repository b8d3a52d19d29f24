package org.quotetrail.web;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Two wordings of a quotation compared word by word: the words of each that the other lacks are
 * marked changed. Words compare in lower case without punctuation, so "we've," and "we've" match.
 *
 * @param left the first wording's words
 * @param right the second wording's words
 */
record WordDiff(List<Word> left, List<Word> right) {
  /** Beyond this many words a side, the wordings are not aligned (the table would grow too big). */
  private static final int MAX_WORDS = 600;
  /** Compiled once: folding runs for every word of every wording a page compares. */
  static final Pattern SPACES = Pattern.compile("\\s+");

  /**
   * One word as written, with the space before it.
   *
   * @param text the word as written
   * @param changed whether the other wording lacks it
   */
  record Word(String text, boolean changed) {}

  WordDiff {
    left = List.copyOf(left);
    right = List.copyOf(right);
  }

  static WordDiff of(String a, String b) {
    String[] x = SPACES.split(a.strip());
    String[] y = SPACES.split(b.strip());
    if (x.length > MAX_WORDS || y.length > MAX_WORDS) {
      return new WordDiff(marked(x, new boolean[x.length], true), marked(y, new boolean[y.length], true));
    }
    String[] fx = folded(x);
    String[] fy = folded(y);
    int[][] common = new int[x.length + 1][y.length + 1];
    for (int i = x.length - 1; i >= 0; i--) {
      for (int j = y.length - 1; j >= 0; j--) {
        common[i][j] = fx[i].equals(fy[j]) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    boolean[] keptX = new boolean[x.length];
    boolean[] keptY = new boolean[y.length];
    for (int i = 0, j = 0; i < x.length && j < y.length; ) {
      if (fx[i].equals(fy[j])) {
        keptX[i++] = true;
        keptY[j++] = true;
      } else if (common[i + 1][j] >= common[i][j + 1]) {
        i++;
      } else {
        j++;
      }
    }
    return new WordDiff(marked(x, keptX, false), marked(y, keptY, false));
  }

  /** Whether the wordings differ in any word. */
  boolean differs() {
    return left.stream().anyMatch(Word::changed) || right.stream().anyMatch(Word::changed);
  }

  private static List<Word> marked(String[] words, boolean[] kept, boolean allChanged) {
    List<Word> out = new ArrayList<>();
    for (int i = 0; i < words.length; i++) {
      if (!words[i].isEmpty()) {
        out.add(new Word(words[i], allChanged || !kept[i]));
      }
    }
    return out;
  }

  private static String[] folded(String[] words) {
    String[] out = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      out[i] = fold(words[i]);
    }
    return out;
  }

  /** A letter, a digit or other number, or an apostrophe: what {@code [\\p{L}\\p{N}']} matches. */
  private static boolean isWordCharacter(int c) {
    return c == '\'' || Character.isLetter(c) || switch (Character.getType(c)) {
      case Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
      default -> false;
    };
  }

  /** A word for comparing: NFKC, lower case, curly apostrophes straight, letters, digits and apostrophes only. */
  static String fold(String word) {
    String ascii = foldAscii(word);
    if (ascii != null) {
      return ascii;
    }
    String normal = Normalizer.normalize(word, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    StringBuilder kept = new StringBuilder(normal.length());
    normal.codePoints().filter(WordDiff::isWordCharacter).forEach(kept::appendCodePoint);
    return kept.toString();
  }

  /**
   * {@link #fold} of a word of ASCII characters only, which NFKC leaves as they are, in one pass;
   * null for any other word. Most words of English quotations are ASCII, and a story's page folds
   * thousands of them.
   */
  private static String foldAscii(String word) {
    StringBuilder kept = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c >= 0x80) {
        return null;
      }
      if (c >= 'A' && c <= 'Z') {
        kept.append((char) (c + ('a' - 'A')));
      } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '\'') {
        kept.append(c);
      }
    }
    return kept.toString();
  }
}
