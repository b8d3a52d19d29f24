package org.quotetrail.link;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A quotation's words for comparing wordings: split at white space, each kept as written and
 * folded (lower case, straight apostrophes, punctuation at its ends dropped), so that "that’s,"
 * and "That's" compare equal. Words that are only punctuation (a dash) are dropped.
 *
 * <p>Compact and quick to compare, because the linker keeps the words of its speakers' latest
 * quotations and compares each new quotation with up to sixty of them: the folded words are held
 * in one string, with each word's end and hash code; comparing two words compares their hash
 * codes first, and their characters only when those are equal.
 */
final class Words {
  private final String text;
  /** The folded words, one after another. */
  private final String folded;
  /** Where each folded word ends in {@link #folded}; each begins where the one before ends. */
  private final int[] ends;
  /** Each folded word's {@link String#hashCode}. */
  private final int[] hashes;
  /** The distinct values of {@link #hashes}, sorted. */
  private final int[] distinctHashes;

  private Words(String text, String folded, int[] ends, int[] hashes) {
    this.text = text;
    this.folded = folded;
    this.ends = ends;
    this.hashes = hashes;
    int[] sorted = hashes.clone();
    Arrays.sort(sorted);
    int distinct = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        sorted[distinct++] = sorted[i];
      }
    }
    this.distinctHashes = Arrays.copyOf(sorted, distinct);
  }

  static Words of(String text) {
    StringBuilder folded = new StringBuilder(text.length());
    int[] ends = new int[8];
    int[] hashes = new int[8];
    int count = 0;
    int at = 0;
    // One pass over the text, each piece folded where it lies: a quotation's words are folded at
    // every one linked, and a string or two for each word made most of linking's garbage.
    while (at < text.length()) {
      if (isSpace(text.charAt(at))) {
        at++;
        continue;
      }
      int start = at;
      boolean ascii = true;
      while (at < text.length() && !isSpace(text.charAt(at))) {
        ascii &= text.charAt(at) <= 0x7f;
        at++;
      }
      int before = folded.length();
      int hash;
      if (ascii) {
        hash = Names.foldAsciiInto(text, start, at, folded);
      } else {
        String f = Names.foldAnyText(text.substring(start, at));
        folded.append(f);
        hash = f.hashCode();
      }
      if (folded.length() > before) {
        if (count == ends.length) {
          ends = Arrays.copyOf(ends, count * 2);
          hashes = Arrays.copyOf(hashes, count * 2);
        }
        ends[count] = folded.length();
        hashes[count] = hash;
        count++;
      }
    }
    return new Words(text, folded.toString(), Arrays.copyOf(ends, count), Arrays.copyOf(hashes, count));
  }

  /** The words of {@code text} as written, punctuation-only words included: its runs of other than white space. */
  private static List<String> pieces(String text) {
    String stripped = text.strip();
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= stripped.length(); i++) {
      boolean space = i == stripped.length() || isSpace(stripped.charAt(i));
      if (space && start >= 0) {
        words.add(stripped.substring(start, i));
        start = -1;
      } else if (!space && start < 0) {
        start = i;
      }
    }
    return words;
  }

  /** The white space of the pattern {@code \s}. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** The words as written. */
  List<String> written() {
    List<String> kept = new ArrayList<>();
    for (String word : pieces(text)) {
      if (!Names.fold(word).isEmpty()) {
        kept.add(word);
      }
    }
    return kept;
  }

  /** The same words folded. */
  List<String> folded() {
    List<String> words = new ArrayList<>(size());
    for (int i = 0; i < size(); i++) {
      words.add(word(i));
    }
    return words;
  }

  /** Folded word {@code i}. */
  String word(int i) {
    return folded.substring(start(i), ends[i]);
  }

  private int start(int i) {
    return i == 0 ? 0 : ends[i - 1];
  }

  /** Whether folded word {@code i} of these words is folded word {@code j} of {@code other}. */
  boolean sameWord(int i, Words other, int j) {
    if (hashes[i] != other.hashes[j]) {
      return false;
    }
    int length = ends[i] - start(i);
    return length == other.ends[j] - other.start(j) && folded.regionMatches(start(i), other.folded, other.start(j), length);
  }

  /** Whether both hold the same folded words in the same order. */
  boolean sameWords(Words other) {
    return Arrays.equals(ends, other.ends) && folded.equals(other.folded);
  }

  /**
   * How many of these words (each occurrence counted) may occur in {@code other}: at least as many
   * as do, more only when two different words have the same hash code. A cheap bound of the
   * common subsequence and runs.
   */
  int sharedAtMost(Words other) {
    int shared = 0;
    for (int hash : hashes) {
      shared += Arrays.binarySearch(other.distinctHashes, hash) >= 0 ? 1 : 0;
    }
    return shared;
  }

  int size() {
    return ends.length;
  }

  /** The length of the longest run of words both hold. */
  static int longestRun(Words a, Words b) {
    int longest = 0;
    int[] previous = new int[b.size() + 1];
    int[] current = new int[b.size() + 1];
    for (int i = 1; i <= a.size(); i++) {
      for (int j = 1; j <= b.size(); j++) {
        current[j] = a.sameWord(i - 1, b, j - 1) ? previous[j - 1] + 1 : 0;
        longest = Math.max(longest, current[j]);
      }
      int[] done = previous;
      previous = current;
      current = done;
    }
    return longest;
  }

  /** The length of the longest common subsequence of two wordings, in two rows of the table. */
  static int commonSubsequence(Words a, Words b) {
    int[] below = new int[b.size() + 1];
    int[] row = new int[b.size() + 1];
    for (int i = a.size() - 1; i >= 0; i--) {
      for (int j = b.size() - 1; j >= 0; j--) {
        row[j] = a.sameWord(i, b, j) ? below[j + 1] + 1 : Math.max(below[j], row[j + 1]);
      }
      int[] done = below;
      below = row;
      row = done;
    }
    return below[0];
  }

  /** The longest common subsequence lengths of word lists: {@code table[i][j]} for {@code a} from i and {@code b} from j. */
  static int[][] commonSuffixTable(List<String> a, List<String> b) {
    int[][] table = new int[a.size() + 1][b.size() + 1];
    for (int i = a.size() - 1; i >= 0; i--) {
      for (int j = b.size() - 1; j >= 0; j--) {
        table[i][j] = a.get(i).equals(b.get(j)) ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
      }
    }
    return table;
  }
}
