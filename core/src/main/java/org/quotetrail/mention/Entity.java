package org.quotetrail.mention;

import org.quotetrail.model.SpeakerType;

/**
 * A person or organisation of one article, with its canonical name (the fullest form used).
 *
 * @param id index among the article's entities
 * @param name canonical name, e.g. "Owen Smith" for mentions "Owen Smith", "Smith", "Owen"
 * @param type person, organisation or unknown
 */
public record Entity(int id, String name, SpeakerType type) {}
