package org.quotetrail.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BoilerplateTest {
  @Test
  void namesFurnitureInMarkup() {
    assertTrue(Boilerplate.isFurnitureName("article__share-bar"));
    assertTrue(Boilerplate.isFurnitureName("comments"));
    assertTrue(Boilerplate.isFurnitureName("related-stories"));
    assertFalse(Boilerplate.isFurnitureName("article-body"));
    assertFalse(Boilerplate.isFurnitureName("shared-content"));
  }

  @Test
  void endsArticlesInSeveralLanguages() {
    assertEquals(Boilerplate.Verdict.END_OF_ARTICLE, Boilerplate.judge("More stories"));
    assertEquals(Boilerplate.Verdict.END_OF_ARTICLE, Boilerplate.judge("Leia também"));
    assertEquals(Boilerplate.Verdict.END_OF_ARTICLE, Boilerplate.judge("Lesen Sie auch:"));
    assertEquals(Boilerplate.Verdict.CONTENT, Boilerplate.judge("More than 100 people came."));
  }

  @Test
  void countsChineseAndJapaneseCharactersAsWords() {
    assertEquals(3, Boilerplate.wordCount("the old pier"));
    assertEquals(4, Boilerplate.wordCount("港の桟橋"));
  }
}
