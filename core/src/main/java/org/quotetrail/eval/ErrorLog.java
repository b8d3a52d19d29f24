package org.quotetrail.eval;

import java.io.PrintWriter;

/**
 * Writes the errors of an evaluation as tab-separated rows for error analysis: gold quotations
 * missed, predictions that matched nothing (fragments apart: those inside a found gold quotation,
 * see {@link ArticleMatch#fragments}, shown with that gold quotation), and found quotations whose speaker is wrong (lenient rule),
 * all at the first threshold. Columns: error, kind (the gold's when there is one, else the
 * prediction's: quote-marked or reported, as the scores split them), article, gold text, predicted
 * text, gold source, predicted speaker, coverage of the gold by the prediction shown, gold cue,
 * predicted cue.
 */
public final class ErrorLog {
  private final PrintWriter out;

  /** Writes to {@code out}, starting with a header row. */
  public ErrorLog(PrintWriter out) {
    this.out = out;
    out.println("error\tkind\tarticle\tgold_text\tpredicted_text\tgold_source\tpredicted_speaker\tcoverage\tgold_cue\tpredicted_cue");
  }

  /** Writes the error rows of one article. */
  public void write(ArticleMatch match) {
    String text = match.article().text();
    int[] goldToPred = match.goldToPred()[0];
    for (int g = 0; g < goldToPred.length; g++) {
      GoldRelation gold = match.article().relations().get(g);
      int p = goldToPred[g];
      if (p < 0) {
        row("miss", match, g, match.matcher().best(g));
      } else if (gold.source() != null && !AttributionJudge.speakerLenient(gold.sourceText(text), match.predictions().get(p))) {
        row("wrong-speaker", match, g, p);
      }
    }
    boolean[] matched = match.matchedPredictions(0);
    int[] hosts = match.fragmentHosts(0);
    for (int p = 0; p < matched.length; p++) {
      if (!matched[p]) {
        String error = match.predictions().get(p).span() == null ? "unmapped" : hosts[p] >= 0 ? "fragment" : "false-positive";
        row(error, match, hosts[p], p);
      }
    }
    out.flush();
  }

  private void row(String error, ArticleMatch match, int g, int p) {
    String text = match.article().text();
    GoldRelation gold = g < 0 ? null : match.article().relations().get(g);
    Prediction predicted = p < 0 ? null : match.predictions().get(p);
    boolean byGold = error.equals("miss") || error.equals("wrong-speaker");
    boolean marked = byGold ? match.goldMarked()[g] : match.predMarked()[p];
    out.println(String.join(
        "\t",
        error,
        marked ? "quote-marked" : "reported",
        match.article().id(),
        gold == null ? "" : cell(gold.contentText(text)),
        predicted == null ? "" : cell(predicted.text()),
        gold == null ? "" : cell(gold.sourceText(text)),
        predicted == null ? "" : cell(predicted.speakerLabel()),
        g < 0 || p < 0 ? "" : String.format(java.util.Locale.ROOT, "%.2f", match.matcher().coverage(g, p)),
        gold == null ? "" : cell(gold.cueText(text)),
        predicted == null ? "" : cell(predicted.cue())));
  }

  private static String cell(String value) {
    return value == null ? "" : value.replaceAll("[\\t\\r\\n]+", " ");
  }
}
