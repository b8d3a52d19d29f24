package org.quotetrail.bench;

import java.util.List;

/**
 * The sentence templates the generator fills: things people say, reported clauses, quoted
 * fragments and the reporter's own narrative. Slots: {subject}, {place}, {org}, {number}, {month},
 * {day}, {scare}, {letter}, {title}; « and » stand for the article's double quote marks and ‹ and ›
 * for its single ones.
 */
final class Phrases {
  private Phrases() {}

  /** First-person sentences a speaker says in quote marks. */
  static final List<String> STATEMENTS =
      List.of(
          "We have been asking about {subject} for three years and we are still waiting for a straight answer.",
          "Nobody in {place} wants to see {subject} go ahead without proper scrutiny.",
          "The figures simply do not add up, and everyone in that room knows it.",
          "I have lived here all my life and I have never seen people this angry.",
          "This is about whether {place} still has a say in its own future.",
          "We will study the report carefully before we decide anything.",
          "There are {number} families waiting for an answer, and they deserve one before the winter.",
          "Let me be absolutely clear: no decision has been taken.",
          "If {org} wants our support, it will have to earn it.",
          "I understand the frustration, but the money has to come from somewhere.",
          "We were promised a consultation and what we got was a leaflet through the door.",
          "The council has listened, and the plan has changed as a result.",
          "It is not too late to get this right.",
          "We have written to {org} twice and have not had a reply.",
          "Nobody is pretending this will be easy... but standing still is not an option.",
          "My members tell me the same thing every week: they cannot afford it.",
          "This was never about money. It was about trust.",
          "We are not against change. We are against change that is done to us rather than with us.",
          "I would urge everyone in {place} to read the plans for themselves.",
          "The people who will pay for {subject} are the people who were never asked.",
          "They keep calling it ‹{scare}›, but nobody here is fooled.",
          "I have seen the draft, and frankly it raises more questions than it answers.",
          "We owe it to the next generation to get {subject} right.",
          "Our door is open, and it always has been.",
          "What happened last night was a disgrace, and I will be saying so at the next meeting.",
          "The evidence from other towns is that schemes like this work when people are brought along.");

  /** Reported clauses for indirect speech: what follows "said (that)". */
  static final List<String> CLAUSES =
      List.of(
          "{subject} would cost at least {number} million pounds more than planned",
          "the decision had been taken without proper consultation",
          "{org} had not been given enough time to respond",
          "the plans would be published in full before the next meeting",
          "there was no money left in this year's budget for {subject}",
          "residents in {place} had been left in the dark for months",
          "work on {subject} could begin as early as the spring",
          "the figures had been checked by independent auditors",
          "{number} people had signed a petition against {subject}",
          "the vote should be delayed until the summer",
          "officers had met {org} three times since {month}",
          "a fresh survey of the site would be carried out before any work began");

  /** Reported clauses that carry some of the speaker's own words in marks. */
  static final List<String> MIXED_CLAUSES =
      List.of(
          "{subject} was «a gamble with public money»",
          "the council had «lost the trust» of people in {place}",
          "{org} was «completely out of touch» with its members",
          "the consultation had been «a box-ticking exercise» from the start",
          "the campaign was «not going anywhere» until the matter was settled",
          "the scheme would «transform» the centre of {place} within five years",
          "critics were «scaremongering» about {subject}");

  /** Reporter's sentences that hold a quoted fragment but no reported clause. */
  static final List<String> PARTIALS =
      List.of(
          "described {subject} as «deeply disappointing»",
          "called the decision «a slap in the face» for {place}",
          "accused {org} of «burying bad news»",
          "said it was a «very good day» for {place}",
          "dismissed the objections as «noise»");

  /** The reporter's own sentences, some with marks that are not quotations. */
  static final List<String> NARRATIVE =
      List.of(
          "{org} is expected to make a final decision on {subject} in {month}.",
          "The proposals were first published in {month} and have drawn more than {number} written objections.",
          "Campaigners gathered outside the offices of {org} {day}, holding placards and handing out leaflets.",
          "A report commissioned by {org}, titled «{title}», found that costs had risen sharply since the plans were drawn up.",
          "Critics have described the scheme as ‹{scare}› by another name, pointing to the rising cost of living in {place}.",
          "Residents chose option «{letter}» in an informal ballot last year, but the result was not binding.",
          "The meeting, which ran for more than three hours, was attended by around {number} people.",
          "Figures seen by this newspaper suggest that {number} households in {place} could be affected.",
          "The row is the latest in a series of disputes over {subject}, which was first proposed a decade ago.",
          "Opposition councillors have asked for the papers to be released in full before the next meeting.");

  static final List<String> HEADLINES =
      List.of(
          "Row over {subject} deepens in {place}",
          "{place} campaigners vow to fight on over {subject}",
          "Council under fire as {subject} costs rise",
          "Decision on {subject} delayed again",
          "{place} residents divided over {subject}");

  /** Report titles that appear in marks: not quotations. */
  static final List<String> TITLES =
      List.of(
          "A Fairer Future for {place}", "Moving {place} Forward", "Options Appraisal: Final Report",
          "Building Back Stronger", "The Road Ahead");

  static final List<String> APPEALS =
      List.of(
          "Our journalism is free for everyone. Small monthly donations from readers like you keep it that way.",
          "Local news needs local support. Become a supporter today from just a few pounds a month.");
}
