/**
 * Word lists for the rule-based stages (reporting verbs, names, titles, roles, pronouns), read from
 * the {@code lexicon/*.txt} resources so that they can be reviewed and extended without code.
 */
package org.quotetrail.lexicon;
