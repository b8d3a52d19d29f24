package org.quotetrail.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import org.quotetrail.store.BrowseFilter;
import org.quotetrail.store.PageRequest;

/** The HTML pages: routes to the renderers, over the store pool. */
final class Pages {
  private final StorePool stores;

  Pages(StorePool stores) {
    this.stores = stores;
  }

  void addRoutes(RoutesConfig routes) {
    routes.get("/", this::stories);
    routes.get("/stories/{id}", this::story);
    routes.get("/articles", this::articles);
    routes.get("/articles/{id}", this::article);
    routes.get("/speaker", this::speaker);
    routes.get("/search", this::search);
  }

  private void stories(Context ctx) {
    BrowseFilter filter = Params.filter(ctx);
    PageRequest page = Params.page(ctx);
    html(ctx, StoryListPage.render(ctx, filter, stores.with(s -> s.browser().stories(filter, page))));
  }

  private void story(Context ctx) {
    long id = Params.id(ctx, "id");
    PageRequest page = Params.page(ctx);
    html(ctx, StoryPage.render(ctx, stores.with(s -> StoryData.read(s, id, page))
        .orElseThrow(() -> new NotFoundResponse("no story " + id))));
  }

  private void articles(Context ctx) {
    BrowseFilter filter = Params.filter(ctx);
    PageRequest page = Params.page(ctx);
    html(ctx, ArticleListPage.render(ctx, filter, stores.with(s -> s.browser().articles(filter, page))));
  }

  private void article(Context ctx) {
    long id = Params.id(ctx, "id");
    html(ctx, ArticlePage.render(stores.with(s -> s.browser().article(id))
        .orElseThrow(() -> new NotFoundResponse("no article " + id))));
  }

  private void speaker(Context ctx) {
    String name = Params.text(ctx, "name");
    if (name == null) {
      throw new BadRequestResponse("parameter name is required");
    }
    html(ctx, SpeakerPage.render(stores.with(s -> SpeakerStatements.read(s, name))));
  }

  private void search(Context ctx) {
    BrowseFilter filter = Params.filter(ctx);
    PageRequest page = Params.page(ctx);
    html(ctx, stores.with(s -> SearchPage.render(ctx, filter, s.browser().articles(filter, page),
        s.browser().quotations(filter, page))));
  }

  static void html(Context ctx, String page) {
    ctx.contentType("text/html; charset=utf-8").result(page);
  }
}
