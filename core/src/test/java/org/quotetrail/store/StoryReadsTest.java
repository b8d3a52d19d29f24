package org.quotetrail.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quotetrail.Extractor;
import org.quotetrail.bench.CorpusGenerator;
import org.quotetrail.bench.LinkBenchmark;

/** A story's most reported statements, read by id first and in full only for those kept, on both backends. */
class StoryReadsTest {
  @RegisterExtension final TestStores stores = new TestStores();

  /** Stories of 20 articles are read whole; of 60, from the variant groups' index. */
  @ParameterizedTest(name = "{0}, stories of {1}")
  @CsvSource({"SQLITE, 20", "SQLITE, 60", "POSTGRESQL, 20", "POSTGRESQL, 60"})
  void theMostReportedStatementsWithTheirEarliestReports(Backend backend, int storySize) {
    try (Store store = Store.open(stores.location(backend))) {
      new LinkBenchmark(Extractor.standard(), new CorpusGenerator(3), storySize).run(store, 60, 60);
      StoryRecord story = store.links().stories().stream().max(Comparator.comparingInt(StoryRecord::articleCount)).orElseThrow();
      List<LinkedQuote> quotes = store.links().storyQuotations(story.id());
      TreeSet<Long> groups = quotes.stream().map(LinkedQuote::groupId).filter(Objects::nonNull)
          .collect(Collectors.toCollection(TreeSet::new));
      Map<Long, Long> counts = quotes.stream().filter(q -> q.groupId() != null)
          .collect(Collectors.groupingBy(LinkedQuote::groupId, Collectors.counting()));
      List<Long> reported = counts.values().stream().filter(n -> n > 1).sorted(Comparator.reverseOrder()).toList();
      assertTrue(reported.size() > 3, "the story repeats several statements: " + reported);

      ReportedStatements all = store.browser().reportedStatements(story.id(), groups, 1000, 1000);
      ReportedStatements most = store.browser().reportedStatements(story.id(), groups, 3, 2);
      assertEquals(reported.size(), all.count());
      assertEquals(reported.size(), most.count());
      assertEquals(reported.subList(0, 3), most.mostReported().stream().map(g -> (long) g.reportCount()).toList());
      assertEquals(all.mostReported().subList(0, 3).stream().map(GroupReports::groupId).toList(),
          most.mostReported().stream().map(GroupReports::groupId).toList());
      for (int i = 0; i < 3; i++) {
        GroupReports whole = all.mostReported().get(i);
        GroupReports cut = most.mostReported().get(i);
        assertEquals(whole.earliest().subList(0, 2), cut.earliest());
        assertEquals(whole.canonical(), cut.canonical());
        assertEquals(whole.reportCount(), whole.earliest().size());
        assertTrue(whole.earliest().stream().allMatch(q -> q.storyId() == story.id() && whole.groupId() == q.groupId()));
      }
    }
  }
}
