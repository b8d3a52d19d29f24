package org.quotetrail.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.quotetrail.bench.CorpusGenerator;
import org.quotetrail.cli.Main;
import org.quotetrail.store.Backend;
import org.quotetrail.store.TestStores;

/**
 * The server answers while an ingest (another process) writes to the same store: every request
 * during the ingest gets a 200 with a whole answer, the number of articles it reports only grows,
 * and afterwards it serves every new article.
 */
class ServeWhileIngestTest {
  private static final int BEFORE = 20;
  private static final int DURING = 200;
  private static final List<String> PATHS = List.of("/api/articles?limit=5", "/api/stories", "/api/quotes", "/",
      "/articles", "/api/search?q=council", "/api/stories/1", "/stories/1");

  @TempDir Path dir;
  @RegisterExtension final TestStores stores = new TestStores();
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @ParameterizedTest(name = "{0}")
  @EnumSource(Backend.class)
  void answersEveryRequestWhileAnIngestWrites(Backend backend) throws Exception {
    String db = stores.location(backend);
    Path corpus = dir.resolve("corpus");
    writeStories(corpus);
    Path first = Files.createDirectories(dir.resolve("first"));
    try (Stream<Path> files = Files.list(corpus)) {
      for (Path file : files.sorted().limit(BEFORE).toList()) {
        Files.move(file, first.resolve(file.getFileName()));
      }
    }
    assertEquals(0, Main.run("ingest", first.toString(), "--db", db));
    try (WebServer server = WebServer.start(db, "127.0.0.1", 0)) {
      String base = "http://127.0.0.1:" + server.port();
      long storiesBefore = total(get(base + "/api/stories"));
      Process ingest = ingest(corpus, db);
      List<Long> totals = new ArrayList<>();
      List<Long> storyTotals = new ArrayList<>();
      int requests = 0;
      while (ingest.isAlive()) {
        for (String path : PATHS) {
          String body = get(base + path);
          if (path.startsWith("/api/articles")) {
            totals.add(total(body));
          } else if (path.equals("/api/stories")) {
            storyTotals.add(total(body));
          }
          requests++;
        }
      }
      assertTrue(ingest.waitFor(5, TimeUnit.MINUTES));
      assertEquals(0, ingest.exitValue(), Files.readString(dir.resolve("err.txt")));
      long storiesAfter = total(get(base + "/api/stories"));
      // Articles are saved in groups of up to a second's work, which a fast machine may fit all 200
      // into; linking then commits the stories of 64 articles at a time, over longer.
      assertTrue(totals.stream().anyMatch(t -> t > BEFORE && t < BEFORE + DURING)
              || storyTotals.stream().anyMatch(t -> t != storiesBefore && t != storiesAfter),
          "some answers came while the ingest was part-way (" + requests + " requests, article totals seen "
              + totals.stream().distinct().toList() + ", story totals seen " + storyTotals.stream().distinct().toList()
              + " from " + storiesBefore + " to " + storiesAfter + ")");
      for (int i = 1; i < totals.size(); i++) {
        assertTrue(totals.get(i) >= totals.get(i - 1), "the article count never goes back: " + totals);
      }
      JsonNode after = Api.JSON.readTree(get(base + "/api/articles?limit=1"));
      assertEquals(BEFORE + DURING, after.get("total").asLong());
      long newest = after.get("items").get(0).get("id").asLong();
      assertEquals(newest, Api.JSON.readTree(get(base + "/api/articles/" + newest)).get("id").asLong());
    }
  }

  /** Stories of four articles each, so linking adds stories one article at a time. */
  private static void writeStories(Path corpus) throws Exception {
    Files.createDirectories(corpus);
    CorpusGenerator generator = new CorpusGenerator(11);
    for (int i = 0; i < BEFORE + DURING; i++) {
      Files.writeString(corpus.resolve(CorpusGenerator.fileName(i)), generator.storyArticle(i, 4).content());
    }
  }

  private static long total(String page) throws Exception {
    return Api.JSON.readTree(page).get("total").asLong();
  }

  /** The body of a GET that must be a 200, and JSON under /api/. */
  private String get(String url) throws Exception {
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), url + ": " + response.body());
    assertEquals(null, LoadTest.STATUS_AND_BODY.problem(URI.create(url).getPath(), response.statusCode(), response.body()), url);
    return response.body();
  }

  private Process ingest(Path corpus, String db) throws Exception {
    return new ProcessBuilder(List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
            "-cp", System.getProperty("java.class.path"), Main.class.getName(), "ingest", corpus.toString(), "--db", db))
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(dir.resolve("err.txt").toFile())
        .start();
  }
}
