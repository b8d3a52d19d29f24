package org.quotetrail.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A benchmark, not a test: serves a store on a free loopback port and times the main pages and API
 * calls, one request at a time, printing the median and 99th percentile of each in milliseconds.
 * Usage: {@code WebBench STORE [REQUESTS]} (requests per address, 1 to 1000, default 100).
 */
public final class WebBench {
  private static final int WARM_UP = 20;
  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

  private WebBench() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: WebBench STORE [REQUESTS]");
      System.exit(2);
    }
    int requests = args.length > 1 ? Math.max(1, Math.min(1000, Integer.parseInt(args[1]))) : 100;
    try (WebServer server = WebServer.start(args[0], "127.0.0.1", 0)) {
      String base = "http://127.0.0.1:" + server.port();
      System.out.printf("%-45s %9s %9s%n", "address (" + requests + " requests each)", "median ms", "p99 ms");
      for (String path : addresses(base)) {
        double[] ms = time(base + path, requests);
        System.out.printf("%-45s %9.1f %9.1f%n", path, percentile(ms, 50), percentile(ms, 99));
      }
    }
  }

  /** The addresses timed: pages and API calls, with a story, an article, a speaker and a word taken from the store. */
  static List<String> addresses(String base) throws IOException, InterruptedException {
    JsonNode middle = middle(base, "/api/articles");
    long article = middle.get("id").asLong();
    String speaker = Fragments.encode(middle.get("main_speakers").get(0).asText());
    String word = Fragments.encode(middle.get("title").asText().split("\\s+")[0]);
    List<String> paths = new ArrayList<>(List.of("/", "/?speaker=" + speaker));
    JsonNode story = middle(base, "/api/stories");
    if (story != null) {
      paths.add("/stories/" + story.get("id").asLong());
    }
    paths.addAll(List.of("/articles", "/articles?offset=5000", "/articles?outlet=" + Fragments.encode(middle.get("outlet").asText("")),
        "/articles/" + article, "/speaker?name=" + speaker, "/search?q=" + word, "/api/stories"));
    if (story != null) {
      paths.add("/api/stories/" + story.get("id").asLong());
    }
    paths.addAll(List.of("/api/articles", "/api/articles/" + article, "/api/quotes", "/api/quotes?speaker=" + speaker,
        "/api/speaker?name=" + speaker, "/api/search?q=" + word));
    return paths;
  }

  /** The item in the middle of the list at {@code path}, or null when it is empty. */
  private static JsonNode middle(String base, String path) throws IOException, InterruptedException {
    long total = Api.JSON.readTree(get(base + path + "?limit=1")).get("total").asLong();
    return total == 0 ? null : Api.JSON.readTree(get(base + path + "?limit=1&offset=" + total / 2)).get("items").get(0);
  }

  private static double[] time(String url, int requests) throws IOException, InterruptedException {
    for (int i = 0; i < WARM_UP; i++) {
      get(url);
    }
    double[] ms = new double[requests];
    for (int i = 0; i < requests; i++) {
      long start = System.nanoTime();
      get(url);
      ms[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(ms);
    return ms;
  }

  static double percentile(double[] sorted, int p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
  }

  private static String get(String url) throws IOException, InterruptedException {
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException(url + " answered " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }
}
