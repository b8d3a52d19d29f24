package org.quotetrail.mention;

import org.quotetrail.text.Span;

/**
 * Words of the body that refer to a person or organisation: a name ("Owen Smith"), a pronoun
 * ("he") or a description ("a spokesperson for Momentum").
 *
 * @param span where the words are
 * @param text the words
 * @param kind name, pronoun or nominal
 * @param entity the entity of the article it refers to, or null when unresolved
 * @param role the role a nominal mention names ("spokesperson"), or null
 * @param inQuote whether the words stand inside quote marks (the speaker's words, not the reporter's)
 * @param subject whether the mention looks like the grammatical subject of its clause
 */
public record Mention(Span span, String text, MentionKind kind, Entity entity, String role, boolean inQuote, boolean subject) {}
