package org.quotetrail.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Splits a story's articles in two by 2-means over their profiles, when the two halves are far
 * apart: the repair for an early article of a new event that joined the story of a similar one
 * (two DUI arrests of one team's players) before the new event had articles of its own.
 */
final class StoryBisector {
  private static final int ROUNDS = 5;

  /**
   * A story's articles in two parts.
   *
   * @param keep the part that keeps the story: the larger, or the one with the earliest article
   * @param leave the part that becomes a new story
   * @param similarity the cosine of the two parts' centroids
   */
  record Split(List<Long> keep, List<Long> leave, double similarity) {}

  private StoryBisector() {}

  /** The best 2-means split of {@code profiles} (article id to profile), or empty when there is none. */
  static Optional<Split> bisect(Map<Long, FeatureVector> profiles) {
    if (profiles.size() < 2) {
      return Optional.empty();
    }
    List<Long> ids = new ArrayList<>(profiles.keySet());
    FeatureVector whole = centroid(ids, profiles);
    // Seeds: the article least like the story, then the article least like that one.
    long first = least(ids, profiles, whole);
    long second = least(ids, profiles, profiles.get(first));
    List<Long> a = List.of(first);
    List<Long> b = List.of(second);
    for (int round = 0; round < ROUNDS; round++) {
      FeatureVector ca = centroid(a, profiles);
      FeatureVector cb = centroid(b, profiles);
      List<Long> nextA = new ArrayList<>();
      List<Long> nextB = new ArrayList<>();
      for (long id : ids) {
        FeatureVector p = profiles.get(id);
        (p.cosine(ca) >= p.cosine(cb) ? nextA : nextB).add(id);
      }
      if (nextA.isEmpty() || nextB.isEmpty()) {
        return Optional.empty();
      }
      if (nextA.equals(a) && nextB.equals(b)) {
        break; // settled: the rounds left would give the same parts again
      }
      a = nextA;
      b = nextB;
    }
    double similarity = centroid(a, profiles).cosine(centroid(b, profiles));
    return Optional.of(keepsStory(a, b) ? new Split(a, b, similarity) : new Split(b, a, similarity));
  }

  private static boolean keepsStory(List<Long> a, List<Long> b) {
    if (a.size() != b.size()) {
      return a.size() > b.size();
    }
    return a.stream().mapToLong(Long::longValue).min().orElseThrow() < b.stream().mapToLong(Long::longValue).min().orElseThrow();
  }

  private static long least(List<Long> ids, Map<Long, FeatureVector> profiles, FeatureVector to) {
    long least = ids.get(0);
    double lowest = Double.MAX_VALUE;
    for (long id : ids) {
      double similarity = profiles.get(id).dot(to);
      if (similarity < lowest) {
        lowest = similarity;
        least = id;
      }
    }
    return least;
  }

  static FeatureVector centroid(List<Long> ids, Map<Long, FeatureVector> profiles) {
    return FeatureVector.sum(ids.stream().map(profiles::get).toList());
  }
}
