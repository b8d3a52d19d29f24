package org.quotetrail.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.quotetrail.ingest.RawArticle;

class PlainTextCleanerTest {
  private final PlainTextCleaner cleaner = new PlainTextCleaner();

  private CleanedArticle clean(String text) {
    return cleaner.clean(RawArticle.text("t.txt", text));
  }

  @Test
  void firstLineIsTheHeadlineAndLinesAreParagraphs() {
    CleanedArticle a = clean("Harbour plan approved\nThe council voted on Monday.\nThe vote was close.\n");
    assertEquals("Harbour plan approved", a.metadata().title());
    assertEquals("The council voted on Monday.\n\nThe vote was close.", a.body());
  }

  @Test
  void headerLinesGiveBylineDateAndUrl() {
    CleanedArticle a = clean("Harbour plan approved\nBy Helen Marsh\n14 March 2025\nhttps://example.org/a\nThe council voted.\n");
    assertEquals("Helen Marsh", a.metadata().byline());
    assertEquals(LocalDate.of(2025, 3, 14), a.metadata().published());
    assertEquals("https://example.org/a", a.metadata().url());
    assertEquals("The council voted.", a.body());
  }

  @Test
  void furnitureIsDroppedAndTheFooterNamesTheOutlet() {
    CleanedArticle a = clean("Title\n\nAvatar\n\nJo Bloggs\n\nThe council voted.\n\nShare this article\n\nIt was close.\n\n"
        + "More from Harbour Herald\n\nDONATE HERE\n\nSmall monthly donations from readers like you keep us going.\n");
    assertEquals("The council voted.\n\nIt was close.", a.body());
    assertEquals("Jo Bloggs", a.metadata().byline());
    assertEquals("Harbour Herald", a.metadata().outlet());
  }

  @Test
  void newsAboutDonationsIsNotAnAppealButARequestToTheReaderIs() {
    CleanedArticle a = clean("Title\n\nThe mayor's campaign took donations from three harbour firms.\n\n"
        + "\"We will support our fishermen,\" she said.\n\nSign up for the Harbour Herald newsletter.\n\n"
        + "If you enjoyed this, a donation keeps the paper going.\n");
    assertEquals("The mayor's campaign took donations from three harbour firms.\n\n\"We will support our fishermen,\" she said.", a.body());
  }

  @Test
  void aPodcastPlugMidArticleIsDroppedWithoutEndingTheArticle() {
    CleanedArticle a = clean("Title\n\nThe council voted on Monday.\n\nSubscribe to the Harbour Herald's politics podcast here.\n\n"
        + "\"We will appeal,\" said the campaign's chair.\n\nSubscribe to the Harbour Herald today.\n\nMore stories here.\n");
    assertEquals("The council voted on Monday.\n\n\"We will appeal,\" said the campaign's chair.", a.body());
  }

  @Test
  void hardWrappedParagraphsAreJoined() {
    CleanedArticle a = clean("Title\n\nThe council voted on Monday to approve\nthe harbour plan after a long\ndebate in the chamber.\n\n"
        + "Residents said they would\nappeal against the decision\nat the earliest chance.\n");
    assertEquals("The council voted on Monday to approve the harbour plan after a long debate in the chamber.\n\n"
        + "Residents said they would appeal against the decision at the earliest chance.", a.body());
  }

  @Test
  void markupTagsAScraperLeftAreDroppedWithTheirQuotedAttributes() {
    CleanedArticle a = clean("Title\n\nThe mayor wrote:\n\n<tweet pic=\"\" author=\"MayorLund\" timestamp=\"1449075600\" "
        + "tweet_id=\"672137288\">The bridge reopens today.</TWEET>.\n\n"
        + "The council site printed <br/> and <img src=x onerror=alert(1)> where its map should be, and 3 < 4 > 2 held.\n");
    assertEquals("The mayor wrote:\n\nThe bridge reopens today. .\n\n"
        + "The council site printed <br/> and <img src=x onerror=alert(1)> where its map should be, and 3 < 4 > 2 held.", a.body());
  }

  @Test
  void aSingleLineIsBodyNotHeadline() {
    CleanedArticle a = clean("Just one line of text.");
    assertNull(a.metadata().title());
    assertEquals("Just one line of text.", a.body());
  }
}
