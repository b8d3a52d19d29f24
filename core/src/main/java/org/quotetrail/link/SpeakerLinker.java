package org.quotetrail.link;

import java.util.List;
import java.util.Set;
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

  private final LinkStore links;

  SpeakerLinker(LinkStore links) {
    this.links = links;
  }

  /** The canonical speaker of {@code speaker}, quoted in story {@code storyId}; null when it has no name. */
  Long resolve(Speaker speaker, long storyId) {
    if (!speaker.known() || Names.fold(speaker.name()).isEmpty()) {
      return null;
    }
    String name = speaker.name().strip();
    String type = speaker.type().label();
    String key = Names.fold(name);
    boolean singleName = speaker.type() != SpeakerType.ORGANIZATION && !key.contains(" ");
    List<SpeakerRecord> found = singleName ? links.speakersInStory(key, storyId) : links.speakersNamed(" " + key + " ", type);
    long id;
    if (found.size() == 1 || (!singleName && !found.isEmpty())) {
      id = found.get(0).id();
    } else {
      id = links.addSpeaker(name, type);
      addNameAliases(id, name, speaker.type());
    }
    if (isAlias(speaker.mention(), key)) {
      links.addAlias(id, speaker.mention().strip());
    }
    return id;
  }

  private void addNameAliases(long id, String name, SpeakerType type) {
    links.addAlias(id, name);
    String[] words = name.split("\\s+");
    if (type != SpeakerType.ORGANIZATION && words.length > 1) {
      links.addAlias(id, words[0]);
      links.addAlias(id, words[words.length - 1]);
    }
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
