/**
 * Evaluation of quotation extraction against annotated corpora: reads PolNeAR's brat standoff
 * annotations, maps the extractor's body offsets back to the original text, matches predicted
 * quotations to gold ones one-to-one by word coverage, and scores spans, speakers and cues.
 *
 * <p>Consumes a PolNeAR split folder ({@code text/}, {@code attributions/}) and a source of
 * predictions (the standard extractor or a baseline); produces an {@link
 * org.quotetrail.eval.EvaluationReport} and, on request, a table of errors.
 */
package org.quotetrail.eval;
