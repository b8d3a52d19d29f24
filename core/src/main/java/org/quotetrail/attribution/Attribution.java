package org.quotetrail.attribution;

import org.quotetrail.mention.Mention;
import org.quotetrail.quote.Cue;

/**
 * A sieve's decision: who said a quotation, through which cue, how sure, and why.
 *
 * @param source the mention of the speaker
 * @param cue the reporting words that tie the speaker to the quotation, or null
 * @param confidence 0..1
 * @param evidence the rule that decided, in words a user can follow
 */
public record Attribution(Mention source, Cue cue, double confidence, String evidence) {}
