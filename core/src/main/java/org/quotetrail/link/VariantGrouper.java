package org.quotetrail.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quotetrail.model.QuoteKind;
import org.quotetrail.store.LinkStore;
import org.quotetrail.store.Wording;

/**
 * Puts a quotation in its speaker's variant group: the group of an earlier quotation of the same
 * canonical speaker that is the same statement ({@link WordingMatch}), or a new group. A group's
 * canonical wording is its earliest verbatim member (direct before mixed, partial and indirect),
 * unless a later one of the same kind holds it whole and says more (the full statement of which the
 * first report quoted a part).
 */
final class VariantGrouper {
  /** How many of a speaker's latest grouped quotations a new one is compared with: bounds the cost. */
  static final int RECENT = 60;

  /**
   * How many quotations' words are kept: each new quotation is compared with up to {@link #RECENT}
   * earlier ones of its speaker, whose words were otherwise split and folded again every time.
   */
  private static final int KNOWN_WORDINGS = 16_384;

  private final LinkStore links;
  private final DecodedTexts<Words> knownWords = new DecodedTexts<>(KNOWN_WORDINGS, Words::of);

  VariantGrouper(LinkStore links) {
    this.links = links;
  }

  /** Groups the quotations of one article, in the order they are linked. */
  ArticleGrouping forArticle() {
    return new ArticleGrouping();
  }

  /**
   * The grouping of one article's quotations. An article quotes a speaker several times: each
   * speaker's latest wordings are read once and then kept as the store would give them, with the
   * article's own grouped quotations added. Reading them for every quotation was half of grouping's time.
   */
  final class ArticleGrouping {
    private final Map<Long, List<Wording>> latest = new HashMap<>();

    private ArticleGrouping() {}

    /** The group of quotation {@code quotationId} of canonical speaker {@code speakerId}. */
    long group(long quotationId, String text, QuoteKind kind, long speakerId) {
      List<Wording> earlier = latest.computeIfAbsent(speakerId, id -> new ArrayList<>(links.speakerWordings(id, RECENT)));
      long group = matchingGroup(quotationId, text, kind, earlier)
          .orElseGet(() -> links.addVariantGroup(speakerId, quotationId));
      remember(earlier, new Wording(quotationId, group, text, kind.label()));
      return group;
    }

    /** Adds {@code grouped} where the store's newest-first list would have it, keeping {@link #RECENT}. */
    private void remember(List<Wording> earlier, Wording grouped) {
      earlier.removeIf(w -> w.quotationId() == grouped.quotationId());
      earlier.add(grouped);
      earlier.sort(Comparator.comparingLong(Wording::quotationId).reversed());
      if (earlier.size() > RECENT) {
        earlier.subList(RECENT, earlier.size()).clear();
      }
    }
  }

  /** The group of the first of {@code earlier} that is the same statement as {@code text}, made canonical if fuller. */
  private Optional<Long> matchingGroup(long quotationId, String text, QuoteKind kind, List<Wording> earlier) {
    Words words = Words.of(text);
    for (Wording other : earlier) {
      if (other.quotationId() != quotationId && WordingMatch.sameStatement(words, wordsOf(other))) {
        long group = other.groupId();
        updateCanonical(group, quotationId, words, kind, earlier);
        return Optional.of(group);
      }
    }
    return Optional.empty();
  }

  /** The words of a stored quotation, split and folded again only if its id now holds another text. */
  private Words wordsOf(Wording quotation) {
    return knownWords.get(quotation.quotationId(), quotation.text());
  }

  private void updateCanonical(long group, long quotationId, Words words, QuoteKind kind, List<Wording> earlier) {
    Map<Long, Long> canonical = links.canonicalQuotations(Set.of(group));
    earlier.stream()
        .filter(q -> q.quotationId() == canonical.get(group))
        .findFirst()
        .filter(current -> fuller(words, kind, wordsOf(current), QuoteKind.fromLabel(current.kind())))
        .ifPresent(current -> links.setCanonical(group, quotationId));
  }

  /** Whether a later wording {@code a} makes a better canonical wording than the current one, {@code b}. */
  static boolean fuller(Words a, QuoteKind kindA, Words b, QuoteKind kindB) {
    int rankA = rank(kindA);
    int rankB = rank(kindB);
    if (rankA != rankB) {
      return rankA < rankB;
    }
    return a.size() > b.size() && WordingMatch.longestRun(a.folded(), b.folded()) == b.size();
  }

  private static int rank(QuoteKind kind) {
    return switch (kind) {
      case DIRECT -> 0;
      case MIXED -> 1;
      case PARTIAL -> 2;
      case INDIRECT -> 3;
      case BELIEF -> 4;
      case STANCE -> 5;
    };
  }
}
