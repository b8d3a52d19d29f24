package org.quotetrail.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotetrail.model.Speaker;
import org.quotetrail.model.SpeakerType;
import org.quotetrail.store.Store;

class SpeakerLinkerTest {
  @TempDir Path dir;
  private Store store;
  private SpeakerLinker speakers;

  @BeforeEach
  void open() {
    store = Store.open(dir.resolve("s.db").toString());
    speakers = new SpeakerLinker(store.links(), id -> {});
  }

  @AfterEach
  void close() {
    store.close();
  }

  private static Speaker person(String name) {
    return new Speaker(name, SpeakerType.PERSON, name, null);
  }

  @Test
  void aFullNameIsOneSpeakerEverywhere() {
    assertEquals(speakers.resolve(person("Ann Lee"), 1), speakers.resolve(person("Ann Lee"), 2));
  }

  @Test
  void aBareSurnameWithNoOneOfThatNameInItsStoryIsSomeoneNew() {
    long ann = speakers.resolve(person("Ann Lee"), 1);
    // Story 2 has no quoted Lee yet, so this Lee is not taken to be Ann.
    assertNotEquals(ann, speakers.resolve(person("Lee"), 2));
  }

  @Test
  void anUnnamedSpeakerHasNone() {
    assertNull(speakers.resolve(Speaker.UNKNOWN, 1));
  }

  @Test
  void descriptionsWithANameOfTheirOwnAreAliases() {
    assertTrue(SpeakerLinker.isAlias("the Corbynista group", "momentum"));
    assertFalse(SpeakerLinker.isAlias("the group", "momentum"));
    assertFalse(SpeakerLinker.isAlias("a spokesperson for Momentum", "momentum"));
    assertFalse(SpeakerLinker.isAlias("she", "ann lee"));
  }
}
