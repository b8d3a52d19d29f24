package org.quotetrail.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quotetrail.store.LinkStore;
import org.quotetrail.store.LinkedQuote;
import org.quotetrail.store.Reply;
import org.quotetrail.store.StoryArticle;
import org.quotetrail.store.Store;
import org.quotetrail.store.StorySummary;

/**
 * What a story's page and its API answer show, read from the link tables.
 *
 * @param summary the story
 * @param articles its articles, earliest first
 * @param quotations its linked quotations, earliest first
 * @param groups its statements reported in more than one article, earliest first
 * @param replies its statements and the replies they drew
 */
record StoryData(StorySummary summary, List<StoryArticle> articles, List<LinkedQuote> quotations, List<Group> groups,
    List<Reply> replies) {
  /**
   * A statement reported more than once in the story.
   *
   * @param canonical its canonical wording
   * @param members every report, earliest first
   */
  record Group(LinkedQuote canonical, List<LinkedQuote> members) {}

  /** The most quotations a story's page reads. */
  static final int MAX_QUOTATIONS = 500;

  /** Story {@code id} from {@code store}, or empty when there is none. */
  static Optional<StoryData> read(Store store, long id) {
    Optional<StorySummary> summary = store.browser().story(id);
    if (summary.isEmpty()) {
      return Optional.empty();
    }
    LinkStore links = store.links();
    // A story can grow to thousands of articles: its page shows the latest quotations only.
    List<LinkedQuote> quotations = links.latestStoryQuotations(id, MAX_QUOTATIONS);
    Map<Long, List<LinkedQuote>> byGroup = new LinkedHashMap<>();
    quotations.stream().filter(q -> q.groupId() != null)
        .forEach(q -> byGroup.computeIfAbsent(q.groupId(), k -> new ArrayList<>()).add(q));
    byGroup.values().removeIf(members -> members.size() < 2);
    Map<Long, Long> canonical = links.canonicalQuotations(byGroup.keySet());
    List<Group> groups = new ArrayList<>();
    byGroup.forEach((groupId, members) -> groups.add(new Group(members.stream()
        .filter(q -> q.quotationId() == canonical.getOrDefault(groupId, -1L)).findFirst().orElse(members.get(0)),
        members)));
    return Optional.of(new StoryData(summary.get(), links.storyArticles(id), quotations, groups, links.replies(id)));
  }
}
