package org.quotetrail.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded load test on loopback: several clients at once, each sending GET requests for a list
 * of addresses in turn until it has sent its number of requests or the time limit has passed; the
 * result is the throughput, the latency percentiles and the responses that were wrong. As a
 * program, {@code LoadTest STORE [CLIENTS] [REQUESTS] [SECONDS]} (default 8 clients, 500 requests
 * each, at most 60 s) serves the store on a free port and loads the addresses {@link WebBench} times.
 */
public final class LoadTest {
  /** Says what is wrong with a response to a request for {@code path}, or null when it is right. */
  @FunctionalInterface
  interface Check {
    String problem(String path, int status, String body);
  }

  /**
   * How much load.
   *
   * @param clients clients sending at once
   * @param requests requests each client sends at most
   * @param limit time after which clients stop sending
   */
  record Options(int clients, int requests, Duration limit) {
    Options {
      if (clients < 1 || clients > 256 || requests < 1 || requests > 1_000_000 || limit.isNegative() || limit.isZero()) {
        throw new IllegalArgumentException("load out of range: " + clients + " clients, " + requests + " requests, " + limit);
      }
    }
  }

  /**
   * What a load test measured.
   *
   * @param clients clients that sent at once
   * @param seconds time from the first request to the last answer
   * @param millis the latency of every request, in milliseconds, sorted
   * @param errors how many requests failed or were answered wrongly
   * @param problems the first few of those failures, each naming its address
   */
  record Result(int clients, double seconds, double[] millis, long errors, List<String> problems) {
    long requests() {
      return millis.length;
    }

    double throughput() {
      return millis.length / seconds;
    }

    double percentile(int p) {
      return WebBench.percentile(millis, p);
    }

    String summary() {
      return String.format(java.util.Locale.ROOT,
          "%d clients, %d requests, %d errors in %.1f s: %.1f requests/s; latency ms p50 %.1f, p99 %.1f, max %.1f",
          clients, requests(), errors, seconds, throughput(), percentile(50), percentile(99), millis[millis.length - 1]);
    }
  }

  /** A response is right when it is a 200 with JSON (under /api/) or a whole HTML page. */
  static final Check STATUS_AND_BODY = (path, status, body) -> {
    if (status != 200) {
      return "status " + status;
    }
    if (path.startsWith("/api/")) {
      try {
        Api.JSON.readTree(body);
      } catch (JsonProcessingException e) {
        return "not JSON: " + e.getOriginalMessage();
      }
    } else if (!body.stripTrailing().endsWith("</html>")) {
      return "not a whole page";
    }
    return null;
  };

  private static final int MAX_PROBLEMS = 10;

  private LoadTest() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: LoadTest STORE [CLIENTS] [REQUESTS] [SECONDS]");
      System.exit(2);
    }
    Options options = new Options(argument(args, 1, 8), argument(args, 2, 500), Duration.ofSeconds(argument(args, 3, 60)));
    try (WebServer server = WebServer.start(args[0], "127.0.0.1", 0)) {
      String base = "http://127.0.0.1:" + server.port();
      List<String> paths = WebBench.addresses(base);
      run(base, paths, new Options(options.clients(), 20, options.limit()), STATUS_AND_BODY); // warm-up
      Result result = run(base, paths, options, STATUS_AND_BODY);
      System.out.println(result.summary());
      result.problems().forEach(p -> System.out.println("  " + p));
      System.exit(result.errors() == 0 ? 0 : 1);
    }
  }

  private static int argument(String[] args, int index, int fallback) {
    return args.length > index ? Integer.parseInt(args[index]) : fallback;
  }

  /** Loads the server at {@code base} with requests for {@code paths}, each answer judged by {@code check}. */
  static Result run(String base, List<String> paths, Options options, Check check) throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    long deadline = System.nanoTime() + options.limit().toNanos();
    AtomicLong errors = new AtomicLong();
    List<String> problems = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(options.clients());
    long start = System.nanoTime();
    try {
      List<Future<double[]>> clients = new ArrayList<>();
      for (int c = 0; c < options.clients(); c++) {
        int first = c;
        clients.add(pool.submit(() -> client(http, base, paths, first, options.requests(), deadline, check, errors, problems)));
      }
      List<double[]> all = new ArrayList<>();
      for (Future<double[]> client : clients) {
        all.add(client.get());
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      double[] millis = all.stream().flatMapToDouble(Arrays::stream).sorted().toArray();
      return new Result(options.clients(), seconds, millis, errors.get(), List.copyOf(problems));
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("a load test client failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** One client: requests for {@code paths} in turn from the {@code first}, until done or the deadline; its latencies. */
  private static double[] client(HttpClient http, String base, List<String> paths, int first, int requests, long deadline,
      Check check, AtomicLong errors, List<String> problems) {
    double[] millis = new double[requests];
    int sent = 0;
    while (sent < requests && System.nanoTime() < deadline) {
      String path = paths.get((first + sent) % paths.size());
      long start = System.nanoTime();
      String problem;
      try {
        HttpResponse<String> response = http.send(
            HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).build(),
            HttpResponse.BodyHandlers.ofString());
        millis[sent] = (System.nanoTime() - start) / 1e6;
        problem = check.problem(path, response.statusCode(), response.body());
      } catch (IOException e) {
        millis[sent] = (System.nanoTime() - start) / 1e6;
        problem = e.toString();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      sent++;
      if (problem != null) {
        errors.incrementAndGet();
        if (problems.size() < MAX_PROBLEMS) {
          problems.add(path + ": " + problem);
        }
      }
    }
    return Arrays.copyOf(millis, sent);
  }
}
