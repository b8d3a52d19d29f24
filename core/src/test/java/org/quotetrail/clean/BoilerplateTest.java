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
  void anEditorsNoteIsTheOutletsNotTheArticles() {
    assertEquals(Boilerplate.Verdict.FURNITURE, Boilerplate.judge(
        "Editor\u2019s note: The mayor has repeatedly pledged to close the ferry and has called its crews \u201clazy.\u201d"
            + " This note appears on every story about the ferry, and it runs longer than a furniture line would."));
    assertEquals(Boilerplate.Verdict.FURNITURE, Boilerplate.judge("Editors' Note: An earlier version misspelt the harbour master's name."));
    assertEquals(Boilerplate.Verdict.CONTENT, Boilerplate.judge("The editor's note to staff said the paper would close."));
  }

  @Test
  void countsChineseAndJapaneseCharactersAsWords() {
    assertEquals(3, Boilerplate.wordCount("the old pier"));
    assertEquals(4, Boilerplate.wordCount("港の桟橋"));
  }
}
