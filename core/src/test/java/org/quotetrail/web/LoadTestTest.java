package org.quotetrail.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.quotetrail.store.Backend;

/**
 * A small bounded load on the sample site: several clients at once get exactly the answers that
 * the same requests got one at a time (no timing is asserted: the figures are docs/reliability.md's).
 */
class LoadTestTest {
  private static final int CLIENTS = 4;
  private static final int REQUESTS = 200;

  @TempDir Path folder;
  private SampleSite site;

  @AfterEach
  void stop() throws SQLException {
    if (site != null) {
      site.close();
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Backend.class)
  void concurrentClientsGetTheAnswersOfSingleRequests(Backend backend) throws Exception {
    site = SampleSite.start(folder, backend);
    List<String> paths = WebBench.addresses(site.base);
    Map<String, String> expected = new HashMap<>();
    HttpClient http = HttpClient.newHttpClient();
    for (String path : paths) {
      HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(site.base + path)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, response.statusCode(), path);
      expected.put(path, response.body());
    }
    LoadTest.Result result = LoadTest.run(site.base, paths, new LoadTest.Options(CLIENTS, REQUESTS, Duration.ofMinutes(5)),
        (path, status, body) -> status != 200 ? "status " + status : body.equals(expected.get(path)) ? null : "another answer");
    assertEquals(0, result.errors(), result.problems().toString());
    assertEquals(CLIENTS * REQUESTS, result.requests(), "every client sent all its requests");
    assertTrue(result.throughput() > 0 && result.percentile(99) >= result.percentile(50), result.summary());
  }

  @org.junit.jupiter.api.Test
  void wrongAnswersAreCountedAndNamed() throws Exception {
    site = SampleSite.start(folder, Backend.SQLITE);
    LoadTest.Result result = LoadTest.run(site.base, List.of("/api/articles", "/api/stories/999999"),
        new LoadTest.Options(2, 10, Duration.ofMinutes(1)), LoadTest.STATUS_AND_BODY);
    assertEquals(10, result.errors(), "the missing story is 404 each time");
    assertTrue(result.problems().get(0).startsWith("/api/stories/999999: status 404"), result.problems().toString());
  }
}
