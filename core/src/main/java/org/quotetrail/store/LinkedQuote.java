package org.quotetrail.store;

import java.time.LocalDate;

/**
 * A linked quotation with its article, story, canonical speaker and variant group.
 *
 * @param quotationId the quotation's id
 * @param articleId its article's id
 * @param storyId its article's story
 * @param source where the article came from
 * @param outlet the article's outlet (its own, or the one its text names as itself), or null
 * @param title the article's headline, or null
 * @param seenOn the article's date (published, else fetched), or null
 * @param begin the quotation's offset in the body
 * @param text the quotation's text
 * @param kind direct, partial, indirect or mixed
 * @param speakerId its canonical speaker, or null when it has none
 * @param speakerName that speaker's canonical name, or null
 * @param groupId its variant group, or null
 * @param creditedTo the outlet the article credits for it, or null
 */
public record LinkedQuote(
    long quotationId,
    long articleId,
    long storyId,
    String source,
    String outlet,
    String title,
    LocalDate seenOn,
    int begin,
    String text,
    String kind,
    Long speakerId,
    String speakerName,
    Long groupId,
    String creditedTo) {}
