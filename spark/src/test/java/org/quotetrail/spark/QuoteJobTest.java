package org.quotetrail.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.quotetrail.Extractor;
import org.quotetrail.ingest.ArticleSink;
import org.quotetrail.ingest.InputProblem;
import org.quotetrail.bench.CorpusGenerator;
import org.quotetrail.ingest.RawArticle;
import org.quotetrail.ingest.warc.WarcFileReader;
import org.quotetrail.model.ExtractedArticle;
import org.quotetrail.link.ArticleLinker;
import org.quotetrail.model.Quotation;
import org.quotetrail.spark.bench.CorpusWarc;
import org.quotetrail.store.LinkStore;
import org.quotetrail.store.LinkedQuote;
import org.quotetrail.store.Store;
import scala.jdk.javaapi.CollectionConverters;

/** Runs the job in local mode on archives built here and checks its Parquet against the extractor's own output. */
class QuoteJobTest {
  private static final Instant FETCHED = Instant.parse("2024-03-05T10:15:30Z");
  private static final byte[] BROKEN_RECORD =
      "WARC/1.0\r\nWARC-Type response\r\nthis line is no header\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

  @TempDir static Path dir;
  private static SparkSession spark;
  private static Path crawl;
  private static Map<String, ExtractedArticle> expected;

  @BeforeAll
  static void startSparkAndWriteArchives() throws IOException {
    spark = SparkSession.builder()
        .master("local[2]")
        .appName("QuoteJobTest")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate();
    crawl = Files.createDirectories(dir.resolve("crawl"));
    Files.write(crawl.resolve("one.warc.gz"), firstArchive());
    Files.write(crawl.resolve("two.warc"), records(WarcCompression.NONE, page(3), page(4)));
    Files.writeString(crawl.resolve("notes.txt"), "not an archive");
    expected = extractLocally(crawl.resolve("one.warc.gz"), crawl.resolve("two.warc"));
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  @Test
  void writesWhatTheExtractorGivesForEveryPageAndCountsTheCorruptRecord() throws IOException {
    JobSummary summary = QuoteJob.run(spark, new JobOptions(List.of(crawl.toString()), out("plain"), null, false, false));

    assertEquals(5, expected.size(), "pages 0 to 4 are HTML responses");
    assertEquals(2, summary.files());
    assertEquals(5, summary.articles());
    assertEquals(1, summary.problems(), summary.problemLines().toString());
    assertTrue(summary.problemLines().get(0).contains("one.warc.gz (at byte ") && summary.problemLines().get(0).contains("corrupt"),
        summary.problemLines().get(0));
    List<Row> articles = spark.read().parquet(out("plain") + "/articles").collectAsList();
    assertEquals(expected.keySet(), sources(articles));
    for (Row row : articles) {
      assertArticle(expected.get(row.<String>getAs("source")), row);
    }
    assertQuotations(spark.read().parquet(out("plain") + "/quotations").collectAsList());
    assertNull(summary.links(), "not linked");
    for (String table : List.of("stories", "story_articles", "quotation_links", "credits", "replies")) {
      assertFalse(Files.exists(Path.of(out("plain"), table)), table);
    }
  }

  @Test
  void linksTheResultAsTheCoreLinksTheSameArticles() throws IOException {
    Path stories = Files.createDirectories(dir.resolve("stories"));
    CorpusGenerator generator = new CorpusGenerator(7);
    IntFunction<RawArticle> storyArticles = i -> generator.storyArticle(i, 3);
    // Two files, a story split across them: linking must see the whole result, not one task's part.
    CorpusWarc.write(storyArticles, 0, 10, stories.resolve("a.warc.gz"));
    CorpusWarc.write(storyArticles, 10, 18, stories.resolve("b.warc.gz"));

    JobSummary summary = QuoteJob.run(spark, new JobOptions(List.of(stories.toString()), out("linked"), null, false, true));
    CoreLinks core = linkLocally(stories.resolve("a.warc.gz"), stories.resolve("b.warc.gz"));

    assertEquals(18, summary.links().linked());
    assertEquals(List.of(), summary.links().problems());
    assertTrue(core.stories.size() >= 3 && core.stories.size() < 18, "stories: " + core.stories);
    assertEquals(core.stories.size(), summary.links().stories());
    Map<Long, Set<String>> sparkStories = new HashMap<>();
    for (Row row : spark.read().parquet(out("linked") + "/story_articles").collectAsList()) {
      sparkStories.computeIfAbsent(row.getAs("story_id"), k -> new HashSet<>()).add(row.getAs("article_source"));
    }
    assertEquals(core.stories, new HashSet<>(sparkStories.values()));
    assertEquals(core.stories.size(), spark.read().parquet(out("linked") + "/stories").count());

    Map<String, String> speakers = new HashMap<>();
    Map<Long, Set<String>> groups = new HashMap<>();
    for (Row row : quotationLinks("linked")) {
      String key = row.getAs("article_source") + "@" + row.<Integer>getAs("begin");
      if (row.getAs("speaker") != null) {
        speakers.put(key, row.getAs("speaker"));
      }
      if (row.getAs("variant_group_id") != null) {
        groups.computeIfAbsent(row.getAs("variant_group_id"), k -> new HashSet<>()).add(key);
      }
    }
    assertFalse(core.speakers.isEmpty());
    assertEquals(core.speakers, speakers);
    assertEquals(core.variantGroups, groups.values().stream().filter(g -> g.size() > 1).collect(Collectors.toSet()));
    assertEquals(core.replies, spark.read().parquet(out("linked") + "/replies").count());
    assertEquals(core.credits, spark.read().parquet(out("linked") + "/credits").where("index IS NOT NULL").count());
  }

  /** The job's quotation links with each quotation's offset in its article, which core's views name quotations by. */
  private static List<Row> quotationLinks(String name) {
    Dataset<Row> links = spark.read().parquet(out(name) + "/quotation_links");
    Dataset<Row> quotations = spark.read().parquet(out(name) + "/quotations").select("article_source", "index", "begin");
    return links.join(quotations, CollectionConverters.asScala(List.of("article_source", "index")).toSeq()).collectAsList();
  }

  /**
   * What the core's linker makes of the same pages, extracted, saved and linked as {@code ingest} does:
   * stories as sets of sources, quotations named "source@begin".
   */
  private record CoreLinks(Set<Set<String>> stories, Map<String, String> speakers, Set<Set<String>> variantGroups,
      long replies, long credits) {}

  private static CoreLinks linkLocally(Path... files) {
    try (Store store = Store.open(dir.resolve("core-links.db").toString())) {
      for (ExtractedArticle article : extractInOrder(files)) {
        store.save(article);
      }
      ArticleLinker linker = new ArticleLinker(store.links());
      linker.unlinked(Map.of()).forEach(id -> linker.link(id, null));
      LinkStore links = store.links();
      Map<Long, Set<String>> stories = new HashMap<>();
      links.storyArticles(null).forEach(a -> stories.computeIfAbsent(a.storyId(), k -> new HashSet<>()).add(a.source()));
      Map<String, String> speakers = new HashMap<>();
      long replies = 0;
      long credits = 0;
      for (long story : stories.keySet()) {
        for (LinkedQuote q : links.storyQuotations(story)) {
          if (q.speakerName() != null) {
            speakers.put(q.source() + "@" + q.begin(), q.speakerName());
          }
          credits += q.creditedTo() == null ? 0 : 1;
        }
        replies += links.replies(story).size();
      }
      Map<Long, Set<String>> groups = new HashMap<>();
      links.groupedQuotations(2, null).forEach(q -> groups.computeIfAbsent(q.groupId(), k -> new HashSet<>()).add(q.source() + "@" + q.begin()));
      return new CoreLinks(new HashSet<>(stories.values()), speakers, new HashSet<>(groups.values()), replies, credits);
    }
  }

  @Test
  void loadsASqliteStoreOnceHoweverOftenItRuns() throws IOException {
    assertLoadsOnce(dir.resolve("quotes.db").toString(), "sqlite");
  }

  @Test
  void loadsAPostgresqlStoreOnceHoweverOftenItRuns() throws IOException, SQLException {
    String server = System.getenv("QUOTETRAIL_TEST_PG");
    Assumptions.assumeTrue(server != null && !server.isBlank(),
        "QUOTETRAIL_TEST_PG is unset: PostgreSQL test skipped (.ci/run starts a server and sets it)");
    String schema = "qt_spark_" + Long.toHexString(System.nanoTime());
    try {
      assertLoadsOnce(server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema, "pg");
    } finally {
      dropSchema(URI.create(server), schema);
    }
  }

  /** Loads the crawl into the store at {@code location} twice, linking it the first time only. */
  private void assertLoadsOnce(String location, String name) throws IOException {
    JobSummary first = QuoteJob.run(spark, new JobOptions(List.of(crawl + "/*.warc*"), out(name), location, false, true));
    JobSummary again = QuoteJob.run(spark, new JobOptions(List.of(crawl + "/*.warc*"), out(name), location, true, false));

    assertEquals(5, first.stored());
    assertEquals(0, first.alreadyStored());
    assertEquals(5, first.storeLinks().linked());
    assertEquals(List.of(), first.storeLinks().problems());
    assertEquals(0, again.stored());
    assertEquals(5, again.alreadyStored());
    assertEquals(null, again.storeLinks(), "--no-link leaves the store alone");
    try (Store store = Store.openExisting(location)) {
      assertEquals(5, store.articleCount());
      assertTrue(store.links().unlinkedArticles().isEmpty(), "every stored article is linked");
      assertEquals(first.storeLinks().stories(), store.links().storyCount());
      assertTrue(store.links().storyCount() >= 1);
    }
  }

  /** Drops the test's schema from the server {@code postgresql://user:password@host:port/db}. */
  private static void dropSchema(URI server, String schema) throws SQLException {
    String[] user = server.getUserInfo().split(":", 2);
    String jdbc = "jdbc:postgresql://" + server.getHost() + ":" + server.getPort() + server.getPath();
    try (Connection c = DriverManager.getConnection(jdbc, user[0], user.length > 1 ? user[1] : null);
        Statement statement = c.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }
  }

  @Test
  void refusesAnExistingOutputAndAnInputWithoutArchives() throws IOException {
    Path existing = Files.createDirectories(dir.resolve("existing"));
    IllegalArgumentException taken = assertThrows(IllegalArgumentException.class,
        () -> QuoteJob.run(spark, new JobOptions(List.of(crawl.toString()), existing.toString(), null, false, true)));
    assertTrue(taken.getMessage().contains("already exists"), taken.getMessage());
    IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
        () -> QuoteJob.run(spark, new JobOptions(List.of(crawl + "/notes.txt"), out("none"), null, false, true)));
    assertEquals("no .warc or .warc.gz files in " + crawl + "/notes.txt", empty.getMessage());
  }

  private static void assertArticle(ExtractedArticle want, Row row) {
    assertEquals(want.url(), row.getAs("url"));
    assertEquals(want.outlet(), row.getAs("outlet"));
    assertEquals(want.title(), row.getAs("title"));
    assertEquals(want.byline(), row.getAs("byline"));
    assertEquals(want.published(), row.getAs("published") == null ? null : row.<java.sql.Date>getAs("published").toLocalDate());
    assertEquals(want.body(), row.getAs("body"));
    List<Row> quotes = row.getList(row.fieldIndex("quotes"));
    assertEquals(want.quotes().size(), quotes.size(), want.source());
    for (int i = 0; i < quotes.size(); i++) {
      assertQuote(want.quotes().get(i), quotes.get(i));
    }
  }

  private static void assertQuotations(List<Row> rows) {
    int total = expected.values().stream().mapToInt(a -> a.quotes().size()).sum();
    assertEquals(total, rows.size());
    assertTrue(total >= 5, "the pages hold quotations: " + total);
    for (Row row : rows) {
      ExtractedArticle article = expected.get(row.<String>getAs("article_source"));
      assertQuote(article.quotes().get(row.<Integer>getAs("index")), row);
    }
  }

  private static void assertQuote(Quotation want, Row row) {
    assertEquals(want.text(), row.getAs("text"));
    assertEquals(want.begin(), row.<Integer>getAs("begin"));
    assertEquals(want.end(), row.<Integer>getAs("end"));
    assertEquals(want.place().label(), row.getAs("place"));
    assertEquals(want.kind().label(), row.getAs("kind"));
    assertEquals(want.cue(), row.getAs("cue"));
    assertEquals(want.confidence(), row.<Double>getAs("confidence"));
    assertEquals(want.evidence(), row.getAs("evidence"));
    Row speaker = row.getAs("speaker");
    assertEquals(want.speaker().name(), speaker.getAs("name"));
    assertEquals(want.speaker().type().label(), speaker.getAs("type"));
    assertEquals(want.speaker().mention(), speaker.getAs("mention"));
    assertEquals(want.speaker().role(), speaker.getAs("role"));
    if (want.split()) {
      List<Row> parts = row.getList(row.fieldIndex("parts"));
      assertEquals(want.parts().size(), parts.size());
      for (int i = 0; i < parts.size(); i++) {
        assertEquals(want.parts().get(i).begin(), parts.get(i).<Integer>getAs("begin"));
        assertEquals(want.parts().get(i).end(), parts.get(i).<Integer>getAs("end"));
      }
    } else {
      assertNull(row.getAs("parts"));
    }
  }

  /** What the plain extractor gives for the archives' pages, by the source the job names them with. */
  private static Map<String, ExtractedArticle> extractLocally(Path... files) {
    Map<String, ExtractedArticle> bySource = new HashMap<>();
    extractInOrder(files).forEach(article -> bySource.put(article.source(), article));
    return bySource;
  }

  /** What the plain extractor gives for the archives' pages, in file and record order, named as the job names them. */
  private static List<ExtractedArticle> extractInOrder(Path... files) {
    Extractor extractor = Extractor.standard();
    List<ExtractedArticle> articles = new ArrayList<>();
    for (Path file : files) {
      new WarcFileReader(1 << 20).read(file, new ArticleSink() {
        @Override
        public void article(RawArticle raw) {
          ExtractedArticle article = extractor.extract(raw);
          // The job names files by their Hadoop URI: file:/tmp/... rather than /tmp/...
          articles.add(new ExtractedArticle("file:" + article.source(), article.url(), article.outlet(), article.title(),
              article.byline(), article.published(), article.body(), article.quotes()));
        }

        @Override
        public void problem(InputProblem problem) {}
      });
    }
    return articles;
  }

  private static Set<String> sources(List<Row> articles) {
    Set<String> sources = new HashSet<>();
    articles.forEach(row -> sources.add(row.getAs("source")));
    assertFalse(sources.isEmpty());
    return sources;
  }

  private static String out(String name) {
    return dir.resolve("out-" + name).toString();
  }

  /** Pages 0 and 1, an image, a corrupt record, then page 2: reading must go on past the damage. */
  private static byte[] firstArchive() throws IOException {
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    file.write(records(WarcCompression.GZIP, page(0), page(1), image()));
    file.write(gzip(BROKEN_RECORD));
    file.write(records(WarcCompression.GZIP, page(2)));
    return file.toByteArray();
  }

  private static WarcRecord page(int i) throws IOException {
    return CorpusWarc.page(URI.create("https://harbour.example/news/" + i), FETCHED, Pages.HTML.get(i).getBytes(StandardCharsets.UTF_8));
  }

  private static WarcRecord image() throws IOException {
    HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse("image/png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'}).build();
    return new WarcResponse.Builder(URI.create("https://harbour.example/logo.png")).date(FETCHED).body(http).build();
  }

  private static byte[] records(WarcCompression compression, WarcRecord... records) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (WarcWriter writer = new WarcWriter(Channels.newChannel(out), compression)) {
      for (WarcRecord r : records) {
        writer.write(r);
      }
    }
    return out.toByteArray();
  }

  private static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    }
    return out.toByteArray();
  }

  /** Invented news pages, each with quotations in a different manner. */
  private static final class Pages {
    static final List<String> HTML = new ArrayList<>();

    static {
      HTML.add(page("Harbour council delays the ferry vote", "Mara Quint", "2024-03-04",
          "The harbour council postponed its vote on the new ferry timetable on Monday after a long and heated meeting.",
          "\u201cWe need more time to study the costs before anyone signs anything,\u201d said Tomas Reyvik, the council's finance chair.",
          "Reyvik said the delay would last at least two weeks while officers checked the figures again."));
      HTML.add(page("Bakers protest rising flour prices in Eastwold", "Ines Dorrow", "2024-03-06",
          "Dozens of bakers gathered in the market square of Eastwold on Wednesday to protest against rising flour prices.",
          "\"Every week the sacks cost more and the customers pay less,\" said Olwen Farrant, who runs a bakery on the quay.",
          "\"We are not asking for charity,\" she added. \"We are asking for a fair price from the mills.\"",
          "A spokesperson for the Eastwold Millers Association said the prices reflected the cost of the last harvest."));
      HTML.add(page("Library to open on Sundays from May", "Petra Lindqvist", "2024-04-02",
          "The central library in Carrowmere will open on Sundays from the start of May, the town council announced on Tuesday.",
          "According to councillor Hamid Oyelaran, the change was made after hundreds of residents asked for longer hours.",
          "\u201cA library that is shut when people are free is not much use to them,\u201d Oyelaran told reporters."));
      HTML.add(page("Storm damages the pier at Saltbridge", "Ruth Abernethy", "2024-01-15",
          "A storm on Sunday night tore several planks from the old pier at Saltbridge and closed it to visitors.",
          "\"The pier has stood for a hundred years and it will stand for a hundred more,\" said Duncan Mereweather, who chairs the pier trust.",
          "Mereweather said repairs would begin as soon as the weather allowed engineers to inspect the supports."));
      HTML.add(page("Cycle lanes divide opinion in Wrenford", "Amira Castellane", "2024-05-20",
          "Plans for new cycle lanes along the main road of Wrenford have divided shop owners and residents this spring.",
          "Shop owner Lucas Pembery described the plans as \"a disaster for deliveries\" and urged the council to think again.",
          "\u201cFewer cars means cleaner air for our children,\u201d said Nadia Okonkwo, a parent who backs the scheme."));
    }

    private static String page(String title, String author, String date, String... paragraphs) {
      StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><title>").append(title)
          .append(" | Harbour Gazette</title><meta property=\"og:site_name\" content=\"Harbour Gazette\"></head><body>")
          .append("<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><article><h1>").append(title)
          .append("</h1><p class=\"byline\">By ").append(author).append("</p><time datetime=\"").append(date).append("\">")
          .append(date).append("</time>");
      for (String paragraph : paragraphs) {
        html.append("<p>").append(paragraph).append("</p>");
      }
      return html.append("</article><footer>Harbour Gazette, all rights reserved</footer></body></html>").toString();
    }
  }
}
