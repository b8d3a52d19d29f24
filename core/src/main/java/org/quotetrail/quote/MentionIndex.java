package org.quotetrail.quote;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.quotetrail.mention.Mention;
import org.quotetrail.segment.Token;

/**
 * Finds the mention that starts or ends at a token, preferring the longest ("a spokesperson for
 * Momentum" over "Momentum"). Mentions inside quote marks are left out: they are never sources.
 */
final class MentionIndex {
  private final Map<Integer, Mention> byBegin = new HashMap<>();
  private final Map<Integer, Mention> byEnd = new HashMap<>();

  MentionIndex(List<Mention> mentions) {
    for (Mention m : mentions) {
      if (m.inQuote()) {
        continue;
      }
      byBegin.merge(m.span().begin(), m, MentionIndex::longer);
      byEnd.merge(m.span().end(), m, MentionIndex::longer);
    }
  }

  private static Mention longer(Mention a, Mention b) {
    return b.span().length() > a.span().length() ? b : a;
  }

  /** The mention whose last token is {@code token} (a possessive "'s" may follow it), or null. */
  Mention endingAt(List<Token> tokens, int token) {
    if (token < 0) {
      return null;
    }
    Token t = tokens.get(token);
    Mention m = byEnd.get(t.end());
    return m != null ? m : byEnd.get(t.end() - 2);
  }

  /** The mention whose first token is {@code token}, or null; a leading "the" may be skipped. */
  Mention startingAt(List<Token> tokens, int token) {
    if (token >= tokens.size()) {
      return null;
    }
    return byBegin.get(tokens.get(token).begin());
  }
}
