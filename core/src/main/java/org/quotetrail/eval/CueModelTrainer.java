package org.quotetrail.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.quotetrail.quote.CueModel;

/**
 * Trains the cue model on a PolNeAR split. Every tenth article is held out first to choose the
 * decision threshold: the best F1 on held-out words the word lists do not know, the only ones the
 * extractor asks the model about (the extractor's own checks on source and clause then remove many
 * of the model's false alarms). The model is then fitted again on every article.
 */
public final class CueModelTrainer {
  private static final LogisticRegression REGRESSION = new LogisticRegression(6, 0.2, 1e-6, 3);
  private static final long SEED = 20161108L;

  /** What training measured. */
  public record Report(int articles, int examples, int cues, double threshold, double heldOutPrecision,
      double heldOutRecall, int features) {}

  /** A trained model and its report. */
  public record Trained(CueModel model, Report report) {}

  public Trained train(PolnearCorpus corpus) throws IOException {
    CueExamples examples = new CueExamples();
    List<List<CueExamples.Example>> articles = new ArrayList<>();
    for (Path file : corpus.texts()) {
      articles.add(examples.of(corpus.read(file), file));
    }
    List<LogisticRegression.Sample> fitting = new ArrayList<>();
    List<CueExamples.Example> heldOut = new ArrayList<>();
    List<LogisticRegression.Sample> all = new ArrayList<>();
    int cues = 0;
    for (int a = 0; a < articles.size(); a++) {
      for (CueExamples.Example e : articles.get(a)) {
        LogisticRegression.Sample sample = new LogisticRegression.Sample(e.features(), e.cue());
        all.add(sample);
        cues += e.cue() ? 1 : 0;
        if (a % 10 == 9) {
          heldOut.add(e);
        } else {
          fitting.add(sample);
        }
      }
    }
    LogisticRegression.Fit trial = REGRESSION.fit(fitting, SEED);
    CueModel trialModel = new CueModel(trial.weights(), trial.bias(), 0.5);
    ThresholdChoice choice = ThresholdChoice.best(trialModel, heldOut);
    LogisticRegression.Fit fit = REGRESSION.fit(all, SEED);
    CueModel model = new CueModel(fit.weights(), fit.bias(), choice.threshold());
    return new Trained(model, new Report(articles.size(), all.size(), cues, choice.threshold(), choice.precision(),
        choice.recall(), model.size()));
  }

  /** The threshold with the best F1 on held-out words outside the word lists. */
  record ThresholdChoice(double threshold, double precision, double recall) {
    static ThresholdChoice best(CueModel model, List<CueExamples.Example> heldOut) {
      ThresholdChoice best = new ThresholdChoice(0.5, 0, 0);
      double bestF = -1;
      for (int step = 1; step < 20; step++) {
        double threshold = step / 20.0;
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (CueExamples.Example e : heldOut) {
          if (e.inLexicon()) {
            continue;
          }
          boolean predicted = model.probability(e.features()) >= threshold;
          tp += predicted && e.cue() ? 1 : 0;
          fp += predicted && !e.cue() ? 1 : 0;
          fn += !predicted && e.cue() ? 1 : 0;
        }
        double p = tp + fp == 0 ? 0 : tp / (double) (tp + fp);
        double r = tp + fn == 0 ? 0 : tp / (double) (tp + fn);
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        if (f > bestF) {
          bestF = f;
          best = new ThresholdChoice(threshold, p, r);
        }
      }
      return best;
    }
  }
}
