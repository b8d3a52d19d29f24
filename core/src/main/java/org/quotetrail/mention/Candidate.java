package org.quotetrail.mention;

import org.quotetrail.lexicon.Lexicon.Gender;
import org.quotetrail.text.Span;

/**
 * A mention while references are being resolved: where it is, what it is, and the entity it has
 * been linked to so far.
 */
final class Candidate {
  final Span span;
  final String text;
  final MentionKind kind;
  final int firstToken;
  final int endToken;
  final int sentence;
  final boolean inQuote;
  final String role;
  /** For pronouns: gender or number; for nominals: PLURAL for groups, NEUTER for "the group". */
  final Gender gender;
  /** "the group", "the organisation": refers back to an organisation. */
  final boolean orgReference;
  boolean subject;
  EntityResolver.Draft entity;

  Candidate(Span span, String text, MentionKind kind, int firstToken, int endToken, int sentence, boolean inQuote,
      String role, Gender gender, boolean orgReference) {
    this.span = span;
    this.text = text;
    this.kind = kind;
    this.firstToken = firstToken;
    this.endToken = endToken;
    this.sentence = sentence;
    this.inQuote = inQuote;
    this.role = role;
    this.gender = gender;
    this.orgReference = orgReference;
  }
}
