package org.quotetrail.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.quotetrail.store.Store;
import org.quotetrail.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code serve}: the web pages and JSON API over a store, until stopped. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Serve web pages and a JSON API over the store (read-only) until stopped with Ctrl-C.")
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--port", defaultValue = "8080", description = "Port to listen on, 0 for any free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every network).")
  String host;

  @Mixin StoreOption store;

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65535) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--port must be from 0 to 65535: " + port);
    }
    WebServer server = WebServer.start(store.location, host, port);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }));
    PrintWriter out = spec.commandLine().getOut();
    String shown = host.contains(":") ? "[" + host + "]" : host;
    out.println("quotetrail: serving " + Store.nameOf(store.location) + " at http://" + shown + ":" + server.port() + "/ (Ctrl-C stops)");
    out.flush();
    stopped.await();
    return 0;
  }
}
