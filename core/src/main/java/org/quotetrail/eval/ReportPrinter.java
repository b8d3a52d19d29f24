package org.quotetrail.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.quotetrail.eval.EvaluationReport.Accuracy;
import org.quotetrail.eval.EvaluationReport.Score;
import org.quotetrail.eval.EvaluationReport.ThresholdScores;

/** Renders an {@link EvaluationReport} as a table for people or as JSON for machines. */
public final class ReportPrinter {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ReportPrinter() {}

  /** The report as lines of text: counts, a score table and the attribution accuracies. */
  public static String text(EvaluationReport r) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "system %s: %d articles (%d failed)%n", r.system(), r.articles(), r.failedArticles()));
    out.append(String.format(Locale.ROOT,
        "gold relations %d (+%d without content, left out); predictions %d (%d not placed in the text)%n%n",
        r.goldRelations(), r.goldWithoutContent(), r.predictions(), r.unmappedPredictions()));
    out.append(String.format(Locale.ROOT, "%-9s %-13s %6s %6s %6s %6s %6s %6s  %6s %6s%n",
        "coverage", "kind", "gold", "pred", "found", "P", "R", "F1", "frag", "F1+frg"));
    for (ThresholdScores t : r.thresholds()) {
      row(out, t.threshold(), "all", t.overall());
      row(out, t.threshold(), "quote-marked", t.quoteMarked());
      row(out, t.threshold(), "reported", t.reported());
    }
    out.append("(frag: unmatched predictions inside a found quotation, false positives above; F1+frg forgives them)\n");
    out.append(String.format(Locale.ROOT,
        "%nspeaker accuracy on found (%.0f%%) with a gold source: lenient %.3f, strict %.3f (%d evaluated, %d found without source left out)%n",
        r.thresholds().get(0).threshold() * 100, r.speakerLenient().value(), r.speakerStrict().value(),
        r.speakerLenient().evaluated(), r.foundWithoutSource()));
    out.append(String.format(Locale.ROOT, "cue accuracy on found with a gold cue: %.3f (%d evaluated)%n",
        r.cue().value(), r.cue().evaluated()));
    return out.toString();
  }

  private static void row(StringBuilder out, double threshold, String kind, Score s) {
    out.append(String.format(Locale.ROOT, "%-9s %-13s %6d %6d %6d %6.3f %6.3f %6.3f  %6d %6.3f%n",
        Math.round(threshold * 100) + "%", kind, s.gold(), s.predictions(), s.matchedGold(),
        s.precision(), s.recall(), s.f1(), s.fragments(), s.fragmentF1()));
  }

  /** The report as one JSON object. */
  public static ObjectNode json(EvaluationReport r) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("system", r.system());
    node.put("articles", r.articles());
    node.put("failedArticles", r.failedArticles());
    node.put("goldRelations", r.goldRelations());
    node.put("goldWithoutContent", r.goldWithoutContent());
    node.put("predictions", r.predictions());
    node.put("unmappedPredictions", r.unmappedPredictions());
    ArrayNode thresholds = node.putArray("thresholds");
    for (ThresholdScores t : r.thresholds()) {
      ObjectNode entry = thresholds.addObject();
      entry.put("coverage", t.threshold());
      entry.set("all", score(t.overall()));
      entry.set("quoteMarked", score(t.quoteMarked()));
      entry.set("reported", score(t.reported()));
    }
    node.set("speakerLenient", accuracy(r.speakerLenient()));
    node.set("speakerStrict", accuracy(r.speakerStrict()));
    node.put("foundWithoutSource", r.foundWithoutSource());
    node.set("cue", accuracy(r.cue()));
    return node;
  }

  private static ObjectNode score(Score s) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("gold", s.gold());
    node.put("predictions", s.predictions());
    node.put("matchedGold", s.matchedGold());
    node.put("matchedPredictions", s.matchedPredictions());
    node.put("precision", s.precision());
    node.put("recall", s.recall());
    node.put("f1", s.f1());
    node.put("fragments", s.fragments());
    node.put("fragmentPrecision", s.fragmentPrecision());
    node.put("fragmentF1", s.fragmentF1());
    return node;
  }

  private static ObjectNode accuracy(Accuracy a) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("evaluated", a.evaluated());
    node.put("correct", a.correct());
    node.put("accuracy", a.value());
    return node;
  }
}
