package org.quotetrail.link;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quotetrail.store.LinkStore;
import org.quotetrail.store.LinkedQuote;
import org.quotetrail.store.Reply;
import org.quotetrail.store.SpeakerRecord;
import org.quotetrail.store.StoryArticle;
import org.quotetrail.store.StoryRecord;

/** Reads the links of a store back as views: stories, variant groups, speakers and replies. */
public final class LinkReports {
  private final LinkStore links;

  public LinkReports(LinkStore links) {
    this.links = links;
  }

  /** Every story, earliest first. */
  public List<StoryView> stories() {
    Map<Long, List<StoryArticle>> articles = new LinkedHashMap<>();
    for (StoryArticle a : links.storyArticles(null)) {
      articles.computeIfAbsent(a.storyId(), k -> new ArrayList<>()).add(a);
    }
    Map<Long, List<String>> speakers = links.storySpeakers();
    List<StoryView> views = new ArrayList<>();
    for (StoryRecord s : links.stories()) {
      views.add(new StoryView(s.id(), s.title(), s.firstSeen(), articles.getOrDefault(s.id(), List.of()),
          speakers.getOrDefault(s.id(), List.of())));
    }
    return views;
  }

  /** Story {@code id}, or empty when there is none. */
  public Optional<StoryView> story(long id) {
    return stories().stream().filter(s -> s.id() == id).findFirst();
  }

  /** The quotations of story {@code id}, earliest first. */
  public List<LinkedQuote> quotations(long storyId) {
    return links.storyQuotations(storyId);
  }

  /** The replies in story {@code id}: each statement and its answer. */
  public List<Reply> replies(long storyId) {
    return links.replies(storyId);
  }

  /** The canonical speakers whose name or an alias holds the words of {@code name}. */
  public List<SpeakerRecord> speakers(String name) {
    return links.speakersMatching(name);
  }

  /** The quotations of canonical speaker {@code id} that are in variant groups, latest first. */
  public List<LinkedQuote> quotationsOf(long speakerId) {
    return links.speakerQuotations(speakerId, Integer.MAX_VALUE);
  }

  /** The statements reported in more than one wording or by more than one article, of {@code speaker} when not null. */
  public List<VariantGroupView> variants(String speaker) {
    List<LinkedQuote> grouped = new ArrayList<>();
    if (speaker == null) {
      grouped.addAll(links.groupedQuotations(2, null));
    } else {
      for (SpeakerRecord s : links.speakersMatching(speaker)) {
        grouped.addAll(links.groupedQuotations(2, s.id()));
      }
    }
    Map<Long, List<LinkedQuote>> groups = new LinkedHashMap<>();
    grouped.forEach(q -> groups.computeIfAbsent(q.groupId(), k -> new ArrayList<>()).add(q));
    Map<Long, Long> canonical = links.canonicalQuotations(groups.keySet());
    List<VariantGroupView> views = new ArrayList<>();
    groups.forEach((id, members) -> views.add(view(id, members, canonical.get(id))));
    return views;
  }

  private static VariantGroupView view(long id, List<LinkedQuote> members, long canonicalId) {
    String canonical = members.stream().filter(q -> q.quotationId() == canonicalId).findFirst()
        .orElse(members.get(0)).text();
    List<VariantGroupView.Variant> variants = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    for (LinkedQuote q : members) {
      if (seen.add(q.quotationId())) {
        variants.add(new VariantGroupView.Variant(q.quotationId(), q.text(), q.outlet(), q.source(), q.creditedTo(),
            WordDiff.diff(canonical, q.text())));
      }
    }
    // Members come earliest first (undated last, then by article), so the first is the first report.
    LinkedQuote first = members.get(0);
    String firstReportedBy = first.outlet() != null ? first.outlet() : first.source();
    return new VariantGroupView(id, first.speakerName(), canonical, variants, firstReportedBy);
  }
}
