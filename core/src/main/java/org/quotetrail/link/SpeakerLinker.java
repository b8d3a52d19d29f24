package org.quotetrail.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.regex.Pattern;
import org.quotetrail.model.Speaker;
import org.quotetrail.model.SpeakerType;
import org.quotetrail.store.LinkStore;
import org.quotetrail.store.SpeakerRecord;

/**
 * Gives a quotation's speaker one canonical entity across the store. A full name ("Owen Smith")
 * or an organisation's name is the same entity wherever it appears; a bare surname or single name
 * ("Smith") is the entity of that alias quoted in the same story, if exactly one is, so two
 * Penhallows in unrelated stories stay two. Entities collect aliases: a person's surname and given
 * name, and descriptions that name the speaker another way ("the Corbynista group").
 */
final class SpeakerLinker {
  private static final Set<String> PRONOUNS =
      Set.of("he", "she", "they", "it", "him", "her", "them", "we", "i", "you", "his", "its", "their");
  private static final Pattern CAPITALISED_WORD = Pattern.compile("\\s\\p{Lu}");

  /** How many full names' speakers, and speakers' names, are kept between articles. */
  private static final int KEPT = 65_536;

  private final LinkStore links;
  /** Told of each speaker added. */
  private final LongConsumer added;
  /** The speaker of each full name or organisation's name looked up or added ("type TAB key"). */
  private final Map<String, Long> named = new RecentlyUsed<>(KEPT);
  /** Each speaker's name and aliases, as the store has them. */
  private final Map<Long, List<String>> names = new RecentlyUsed<>(KEPT);

  /** A linker that tells {@code added} of each speaker it adds to the store. */
  SpeakerLinker(LinkStore links, LongConsumer added) {
    this.links = links;
    this.added = added;
  }

  /** Forgets the speakers kept: another process may have added or changed them. */
  void forget() {
    named.clear();
    names.clear();
  }

  /** The names and aliases of each of {@code speakerIds}. */
  Map<Long, List<String>> names(Set<Long> speakerIds) {
    List<Long> unknown = speakerIds.stream().filter(id -> !names.containsKey(id)).sorted().toList();
    for (SpeakerRecord speaker : links.speakers(unknown)) {
      List<String> all = new ArrayList<>(speaker.aliases());
      all.add(speaker.name());
      names.put(speaker.id(), all);
    }
    Map<Long, List<String>> found = new HashMap<>();
    speakerIds.forEach(id -> found.put(id, names.get(id)));
    return found;
  }

  /** The canonical speaker of {@code speaker}, quoted in story {@code storyId}; null when it has no name. */
  Long resolve(Speaker speaker, long storyId) {
    if (!speaker.known() || Names.fold(speaker.name()).isEmpty()) {
      return null;
    }
    String name = speaker.name().strip();
    String type = speaker.type().label();
    String key = Names.fold(name);
    long id = readsStory(speaker) ? singleNamed(name, key, type, speaker.type(), storyId) : fullNamed(name, key, type, speaker.type());
    if (isAlias(speaker.mention(), key)) {
      addAlias(id, speaker.mention().strip());
    }
    return id;
  }

  /** Whether resolving {@code speaker} reads which speakers its story quotes: a person's single name is looked for there. */
  static boolean readsStory(Speaker speaker) {
    if (!speaker.known() || speaker.type() == SpeakerType.ORGANIZATION) {
      return false;
    }
    String key = Names.fold(speaker.name());
    return !key.isEmpty() && !key.contains(" ");
  }

  /** The one speaker quoted in the story under a single name, or a new one when none or several are. */
  private long singleNamed(String name, String key, String type, SpeakerType speakerType, long storyId) {
    List<Long> found = links.speakersInStory(aliasKey(key), storyId);
    return found.size() == 1 ? found.get(0) : add(name, type, speakerType);
  }

  /** The first speaker of a full name: speakers are never removed, so once found it stays the first. */
  private long fullNamed(String name, String key, String type, SpeakerType speakerType) {
    String namedKey = type + "\t" + key;
    Long known = named.get(namedKey);
    if (known == null) {
      List<Long> found = links.speakersNamed(aliasKey(key), type);
      known = found.isEmpty() ? add(name, type, speakerType) : found.get(0);
      named.put(namedKey, known);
    }
    return known;
  }

  /** The stored key of a folded name: a space at each end, so that keys match by whole words. */
  private static String aliasKey(String foldedName) {
    return " " + foldedName + " ";
  }

  private long add(String name, String type, SpeakerType speakerType) {
    long id = links.addSpeaker(name, type);
    added.accept(id);
    addAlias(id, name);
    String[] words = name.split("\\s+");
    if (speakerType != SpeakerType.ORGANIZATION && words.length > 1) {
      addAlias(id, words[0]);
      addAlias(id, words[words.length - 1]);
    }
    return id;
  }

  private void addAlias(long speakerId, String alias) {
    links.addAlias(speakerId, alias);
    names.remove(speakerId);
  }

  /**
   * Whether a mention names the speaker in another way worth keeping: not a pronoun, not holding
   * the name itself, and with a capitalised word after its first ("the Corbynista group", not "the group").
   */
  static boolean isAlias(String mention, String nameKey) {
    if (mention == null) {
      return false;
    }
    String folded = Names.fold(mention);
    return !folded.isEmpty() && !PRONOUNS.contains(folded) && !(" " + folded + " ").contains(" " + nameKey + " ")
        && CAPITALISED_WORD.matcher(mention.strip()).find();
  }
}
