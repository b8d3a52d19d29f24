package org.quotetrail.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.List;
import org.quotetrail.store.BrowseFilter;
import org.quotetrail.store.PageRequest;
import org.quotetrail.web.JsonViews.ArticleDetailJson;
import org.quotetrail.web.JsonViews.ArticleJson;
import org.quotetrail.web.JsonViews.FoundQuoteJson;
import org.quotetrail.web.JsonViews.PageJson;
import org.quotetrail.web.JsonViews.SearchJson;
import org.quotetrail.web.JsonViews.SpeakerPageJson;
import org.quotetrail.web.JsonViews.StatementJson;
import org.quotetrail.web.JsonViews.StoryDetailJson;
import org.quotetrail.web.JsonViews.StoryJson;

/** The JSON API under {@code /api/}: the data of the pages, page by page (docs/api.md). */
final class Api {
  static final ObjectMapper JSON =
      new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

  private final StorePool stores;

  Api(StorePool stores) {
    this.stores = stores;
  }

  void addRoutes(RoutesConfig routes) {
    routes.get("/api/stories", this::stories);
    routes.get("/api/stories/{id}", this::story);
    routes.get("/api/articles", this::articles);
    routes.get("/api/articles/{id}", this::article);
    routes.get("/api/quotes", this::quotes);
    routes.get("/api/search", this::search);
    routes.get("/api/speaker", this::speaker);
  }

  private void stories(Context ctx) {
    BrowseFilter filter = Params.filter(ctx);
    PageRequest page = Params.page(ctx);
    send(ctx, stores.with(s -> PageJson.of(s.browser().stories(filter, page), StoryJson::of)));
  }

  private void story(Context ctx) {
    long id = Params.id(ctx, "id");
    PageRequest page = Params.page(ctx);
    send(ctx, stores.with(s -> StoryData.read(s, id, page)).map(StoryDetailJson::of)
        .orElseThrow(() -> new NotFoundResponse("no story " + id)));
  }

  private void articles(Context ctx) {
    BrowseFilter filter = Params.filter(ctx);
    PageRequest page = Params.page(ctx);
    send(ctx, stores.with(s -> PageJson.of(s.browser().articles(filter, page), ArticleJson::of)));
  }

  private void article(Context ctx) {
    long id = Params.id(ctx, "id");
    send(ctx, stores.with(s -> s.browser().article(id)).map(ArticleDetailJson::of)
        .orElseThrow(() -> new NotFoundResponse("no article " + id)));
  }

  private void quotes(Context ctx) {
    BrowseFilter filter = Params.filter(ctx);
    PageRequest page = Params.page(ctx);
    send(ctx, stores.with(s -> PageJson.of(s.browser().quotations(filter, page), FoundQuoteJson::of)));
  }

  private void search(Context ctx) {
    BrowseFilter filter = Params.filter(ctx);
    PageRequest page = Params.page(ctx);
    send(ctx, stores.with(s -> new SearchJson(filter.words(),
        PageJson.of(s.browser().articles(filter, page), ArticleJson::of),
        PageJson.of(s.browser().quotations(filter, page), FoundQuoteJson::of))));
  }

  private void speaker(Context ctx) {
    String name = Params.text(ctx, "name");
    if (name == null) {
      throw new BadRequestResponse("parameter name is required");
    }
    PageRequest page = Params.page(ctx);
    SpeakerStatements found = stores.with(s -> SpeakerStatements.read(s, name));
    List<StatementJson> items = found.statements().stream().skip(page.offset()).limit(page.limit())
        .map(Api::statement).toList();
    send(ctx, new SpeakerPageJson(name, found.quotationCount(), found.truncated(), found.statements().size(),
        page.limit(), page.offset(), items));
  }

  private static StatementJson statement(SpeakerStatements.Statement s) {
    var first = s.first().stored();
    return new StatementJson(first.quotation().text(), first.outlet() != null ? first.outlet() : first.source(),
        JsonViews.date(first.published()), s.reports().size(), s.reports().stream().map(FoundQuoteJson::of).toList());
  }

  /** Writes {@code body} as JSON. */
  static void send(Context ctx, Object body) {
    try {
      ctx.contentType("application/json; charset=utf-8").result(JSON.writeValueAsString(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
    }
  }
}
