package org.quotetrail.link;

import java.util.ArrayList;
import java.util.Comparator;
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
   * How many speakers' latest wordings are kept between articles: an article's speakers are mostly
   * those of the articles just before it, in the same story. Each list holds up to {@link #RECENT},
   * some 30 in a generated corpus, of about 700 bytes each. With 1,024 kept, 12,000 generated
   * articles (10,500 speakers) read a speaker's wordings again 0.6 times an article.
   */
  static final int KEPT_SPEAKERS = 4096;

  /** How many groups' canonical quotations are kept. */
  private static final int KEPT_GROUPS = 65_536;

  private final LinkStore links;
  /**
   * Each speaker's latest grouped wordings as the store would list them, newest first, up to
   * {@link #RECENT}, each with its words: a new quotation is compared with all of them.
   */
  private final Map<Long, List<KeptWording>> latest = new RecentlyUsed<>(KEPT_SPEAKERS);
  /** Each group's canonical quotation. */
  private final Map<Long, Long> canonical = new RecentlyUsed<>(KEPT_GROUPS);

  /** A stored wording and its words. */
  private record KeptWording(Wording wording, Words words) {
    static KeptWording of(Wording wording) {
      return new KeptWording(wording, Words.of(wording.text()));
    }
  }

  VariantGrouper(LinkStore links) {
    this.links = links;
  }

  /** Forgets the wordings and groups kept: another process may have changed them. */
  void forget() {
    latest.clear();
    canonical.clear();
  }

  /** Notes that speaker {@code speakerId} was just added: it has no wordings yet, so none need reading. */
  void speakerAdded(long speakerId) {
    latest.put(speakerId, new ArrayList<>());
  }

  /** The group of quotation {@code quotationId} of canonical speaker {@code speakerId}. */
  long group(long quotationId, String text, QuoteKind kind, long speakerId) {
    List<KeptWording> earlier = latest.computeIfAbsent(speakerId,
        id -> new ArrayList<>(links.speakerWordings(id, RECENT).stream().map(KeptWording::of).toList()));
    Words words = Words.of(text);
    long group = matchingGroup(quotationId, words, kind, earlier).orElseGet(() -> {
      long added = links.addVariantGroup(speakerId, quotationId);
      canonical.put(added, quotationId);
      return added;
    });
    remember(earlier, new KeptWording(new Wording(quotationId, group, text, kind.label()), words));
    return group;
  }

  /** Adds {@code grouped} where the store's newest-first list would have it, keeping {@link #RECENT}. */
  private static void remember(List<KeptWording> earlier, KeptWording grouped) {
    long id = grouped.wording().quotationId();
    earlier.removeIf(w -> w.wording().quotationId() == id);
    earlier.add(grouped);
    earlier.sort(Comparator.comparingLong((KeptWording w) -> w.wording().quotationId()).reversed());
    if (earlier.size() > RECENT) {
      earlier.subList(RECENT, earlier.size()).clear();
    }
  }

  /** The group of the first of {@code earlier} that is the same statement as {@code words}, made canonical if fuller. */
  private Optional<Long> matchingGroup(long quotationId, Words words, QuoteKind kind, List<KeptWording> earlier) {
    for (KeptWording other : earlier) {
      if (other.wording().quotationId() != quotationId && WordingMatch.sameStatement(words, other.words())) {
        long group = other.wording().groupId();
        updateCanonical(group, quotationId, words, kind, earlier);
        return Optional.of(group);
      }
    }
    return Optional.empty();
  }

  private void updateCanonical(long group, long quotationId, Words words, QuoteKind kind, List<KeptWording> earlier) {
    long current = canonical.computeIfAbsent(group, g -> links.canonicalQuotations(Set.of(g)).get(g));
    earlier.stream()
        .filter(q -> q.wording().quotationId() == current)
        .findFirst()
        .filter(q -> fuller(words, kind, q.words(), QuoteKind.fromLabel(q.wording().kind())))
        .ifPresent(q -> {
          links.setCanonical(group, quotationId);
          canonical.put(group, quotationId);
        });
  }

  /** Whether a later wording {@code a} makes a better canonical wording than the current one, {@code b}. */
  static boolean fuller(Words a, QuoteKind kindA, Words b, QuoteKind kindB) {
    int rankA = rank(kindA);
    int rankB = rank(kindB);
    if (rankA != rankB) {
      return rankA < rankB;
    }
    return a.size() > b.size() && Words.longestRun(a, b) == b.size();
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
