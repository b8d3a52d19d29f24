package org.quotetrail.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.util.Map;
import org.quotetrail.store.StoreException;

/**
 * The web interface over a store: HTML pages, the JSON API under {@code /api/}, and the stylesheet
 * and script from the classpath. It only reads the store; it answers GET requests only, with a small
 * request size limit and headers that keep pages from loading anything from elsewhere.
 */
public final class WebServer implements AutoCloseable {
  /** Connections to the store, one per request being answered at once. */
  static final int CONNECTIONS = 4;
  /** Requests carry no bodies; anything bigger than this is refused. */
  static final long MAX_REQUEST_BYTES = 16 * 1024;
  /**
   * No external network, no script at all, no framing. Style attributes are allowed: they carry
   * only the speaker colours, numbers of our own ({@link SpeakerColour}).
   */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; style-src 'self'; style-src-attr 'unsafe-inline'; script-src 'none'; img-src 'self';"
          + " form-action 'self';"
          + " frame-ancestors 'none'; base-uri 'none'";

  private final StorePool stores;
  private final Javalin app;

  private WebServer(StorePool stores, Javalin app) {
    this.stores = stores;
    this.app = app;
  }

  /**
   * Starts serving the existing store at {@code location} on {@code host} and {@code port} (0 for
   * any free port).
   *
   * @throws StoreException when the store cannot be opened
   */
  public static WebServer start(String location, String host, int port) {
    StorePool stores = new StorePool(location, CONNECTIONS);
    try {
      Javalin app = Javalin.create(config -> {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.http.maxRequestSize = MAX_REQUEST_BYTES;
        config.jetty.host = host;
        config.jetty.port = port;
        // Assets come from the classpath folder only: Jetty resolves paths inside it and refuses "..".
        config.staticFiles.add(files -> {
          files.hostedPath = "/static";
          files.directory = "/org/quotetrail/web/static";
          files.location = Location.CLASSPATH;
        });
        new Pages(stores).addRoutes(config.routes);
        new Api(stores).addRoutes(config.routes);
        config.routes.before(WebServer::secure);
        config.routes.exception(HttpResponseException.class, (e, ctx) -> refuse(ctx, e.getStatus(), e.getMessage()));
        config.routes.exception(StoreException.class, (e, ctx) -> {
          // The message names the store, which is not the client's business: it goes to the log.
          System.err.println("quotetrail serve: " + e.getMessage());
          refuse(ctx, 503, "the store cannot be read now");
        });
        config.routes.exception(Exception.class, WebServer::failed);
        config.routes.error(404, ctx -> {
          if (ctx.result() == null) {
            refuse(ctx, 404, "no such page: " + ctx.path());
          }
        });
      });
      app.start();
      return new WebServer(stores, app);
    } catch (RuntimeException e) {
      stores.close();
      throw e;
    }
  }

  private static void secure(Context ctx) {
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
  }

  /** An unexpected failure: one line on standard error (the trace with QUOTETRAIL_DEBUG=1), a 500 to the client. */
  private static void failed(Exception e, Context ctx) {
    System.err.println("quotetrail serve: " + ctx.method() + " " + ctx.path() + ": " + e);
    if (System.getenv("QUOTETRAIL_DEBUG") != null) {
      e.printStackTrace();
    }
    refuse(ctx, 500, "internal error");
  }

  /** An error as JSON for the API, as a page otherwise; the message names what was wrong. */
  private static void refuse(Context ctx, int status, String message) {
    ctx.status(status);
    if (ctx.path().startsWith("/api/")) {
      Api.send(ctx, Map.of("error", message, "status", status));
    } else {
      Pages.html(ctx, Layout.page("Error " + status, Html.el("p").attr("class", "error").text(message)));
    }
  }

  /** The port the server listens on. */
  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
    stores.close();
  }
}
