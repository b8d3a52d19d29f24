package org.quotetrail.store;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The tables of links across articles: stories and their index, canonical speakers, variant
 * groups, credits and replies. What they mean is decided in {@code org.quotetrail.link}; this is
 * only their storage, in SQL every backend accepts.
 */
public interface LinkStore {
  /**
   * Runs {@code work} all or nothing: in a transaction of its own, or, inside a group the store
   * began ({@link Store#beginGroup}), as a savepoint of the group's transaction.
   */
  <T> T inTransaction(Supplier<T> work);

  /**
   * Advances the store's link generation and returns it; a link transaction calls it first. A linker
   * that keeps what it read between transactions gets one more than it got the time before exactly
   * when no other transaction has linked since and none of its own was undone.
   */
  long nextGeneration();

  /** The stored articles not yet linked, id to publication date (null when undated), by date (undated last), then id. */
  Map<Long, LocalDate> unlinkedArticles();

  /** The story of an article, or empty when it has not been linked. */
  Optional<Long> storyOf(long articleId);

  /** The stored article {@code id} with its quotations, or empty when there is none. */
  Optional<LinkArticle> article(long id);

  /** How many articles have been linked. */
  long linkedArticleCount();

  /** How many stories there are. */
  long storyCount();

  /** In how many linked articles each of {@code features} occurs; those in none are left out. */
  Map<String, Integer> featureCounts(Collection<String> features);

  /** Adds to the counts of {@link #featureCounts}: {@code added} gives each feature's articles to add. */
  void addFeatureCounts(Map<String, Integer> added);

  /** The {@code limit} latest stories (highest ids) whose index holds {@code feature}, latest first. */
  List<Long> latestStoriesWith(String feature, int limit);

  StoryRecord story(long id);

  /** Adds a story and returns its id. */
  long addStory(String title, LocalDate seen, String centroid);

  /** Writes the title, dates, count and centroid of {@code story}. */
  void updateStory(StoryRecord story);

  void deleteStory(long id);

  /** Puts an article in a story, with its date, outlet and profile. */
  void addStoryArticle(long articleId, long storyId, LocalDate seenOn, String outlet, String profile);

  /** The profiles of a story's articles, by article id. */
  Map<Long, String> storyProfiles(long storyId);

  /** The dates of a story's articles (null for undated ones), by article id. */
  Map<Long, LocalDate> storyDates(long storyId);

  void moveArticles(Collection<Long> articleIds, long storyId);

  /** Adds {@code features} to a story's index. */
  void addPostings(long storyId, Collection<String> features);

  /** The features a story is indexed under. */
  List<String> storyFeatures(long storyId);

  /** Replaces a story's index with {@code features}. */
  void replacePostings(long storyId, Collection<String> features);

  /**
   * The ids of the speakers whose folded name is {@code nameKey}, of {@code type}, lowest first. Keys
   * here are folded names with a space at each end (" ann lee "), as aliases are stored.
   */
  List<Long> speakersNamed(String nameKey, String type);

  /** The ids of the speakers with alias {@code aliasKey} (" lee ") quoted in story {@code storyId}, lowest first. */
  List<Long> speakersInStory(String aliasKey, long storyId);

  /** The speakers whose name or an alias holds the words of {@code name}, any case. */
  List<SpeakerRecord> speakersMatching(String name);

  /** The speakers with {@code ids}, with their aliases. */
  List<SpeakerRecord> speakers(Collection<Long> ids);

  /** Adds a speaker and returns its id. */
  long addSpeaker(String name, String type);

  /** Adds an alias of a speaker unless it has it. */
  void addAlias(long speakerId, String alias);

  /**
   * Records the canonical speakers and variant groups of quotations of article {@code articleId},
   * which was just put in story {@code storyId}, and counts them among the story's speakers. None of
   * {@code links}' quotations may be linked already: one that is fails the call.
   */
  void linkQuotations(long articleId, long storyId, List<QuotationLink> links);

  /** Adds a variant group and returns its id. */
  long addVariantGroup(long speakerId, long canonicalQuotationId);

  void setCanonical(long groupId, long quotationId);

  /** The canonical quotation of each of {@code groupIds}. */
  Map<Long, Long> canonicalQuotations(Collection<Long> groupIds);

  /** Records that an article credits {@code outlet} ({@code quotationId} may be null). */
  void addCredit(long articleId, Long quotationId, String outlet, String phrase);

  void addReply(long statementId, long replyId);

  /** The linked quotations of a story, by date (undated last), article and position. */
  List<LinkedQuote> storyQuotations(long storyId);

  /** The {@code limit} latest linked quotations of a story, ordered like {@link #storyQuotations}. */
  List<LinkedQuote> latestStoryQuotations(long storyId, int limit);

  /** Up to {@code limit} of a speaker's most recently linked quotations that are in variant groups. */
  List<LinkedQuote> speakerQuotations(long speakerId, int limit);

  /** The wordings of {@link #speakerQuotations}, read from the link tables alone: for comparing, cheaply. */
  List<Wording> speakerWordings(long speakerId, int limit);

  /** The quotations of every variant group with at least {@code minimum} members, by group. */
  List<LinkedQuote> groupedQuotations(int minimum, Long speakerId);

  /** All stories, by first date (undated last), then id. */
  List<StoryRecord> stories();

  /** The articles of {@code storyId}, or of every story when null, by story then date. */
  List<StoryArticle> storyArticles(Long storyId);

  /** The canonical speakers quoted in each story, by story id. */
  Map<Long, List<String>> storySpeakers();

  /** The replies whose statement or reply is in {@code storyId}. */
  List<Reply> replies(long storyId);
}
