package org.quotetrail.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Set;
import org.quotetrail.model.QuotationFilter;
import org.quotetrail.model.QuoteKind;
import org.quotetrail.store.BrowseFilter;
import org.quotetrail.store.PageRequest;

/** Reads a request's query parameters (filters and paging), refusing bad values with a 400 that names them. */
final class Params {
  static final int DEFAULT_LIMIT = 20;
  static final int MAX_LIMIT = 100;
  /** Deeper pages are refused: a database skips offset rows one by one. */
  static final long MAX_OFFSET = 100_000;
  /** Longer parameter values are refused. */
  static final int MAX_LENGTH = 200;

  private Params() {}

  /**
   * The filter of {@code q}, {@code speaker}, {@code outlet}, {@code from} and {@code to}, and for
   * quotations {@code kind} (comma-separated kinds) and {@code min_confidence} (0 to 1).
   */
  static BrowseFilter filter(Context ctx) {
    return new BrowseFilter(text(ctx, "q"), text(ctx, "speaker"), text(ctx, "outlet"), date(ctx, "from"), date(ctx, "to"),
        quotations(ctx));
  }

  private static QuotationFilter quotations(Context ctx) {
    Set<QuoteKind> kinds = EnumSet.noneOf(QuoteKind.class);
    String listed = text(ctx, "kind");
    for (String kind : listed == null ? new String[0] : listed.split(",")) {
      try {
        kinds.add(QuoteKind.fromLabel(kind.strip()));
      } catch (IllegalArgumentException e) {
        throw new BadRequestResponse("parameter kind must be kinds among direct, partial, indirect, mixed, belief, stance, not " + kind.strip());
      }
    }
    String least = text(ctx, "min_confidence");
    double minConfidence = 0;
    if (least != null) {
      try {
        minConfidence = Double.parseDouble(least);
      } catch (NumberFormatException e) {
        minConfidence = -1; // refused below, naming the parameter
      }
      if (!(minConfidence >= 0 && minConfidence <= 1)) {
        throw new BadRequestResponse("parameter min_confidence must be a number from 0 to 1");
      }
    }
    return new QuotationFilter(kinds, minConfidence);
  }

  /** The page of {@code limit} (1 to 100, default 20) and {@code offset} (0 to 100000, default 0). */
  static PageRequest page(Context ctx) {
    return new PageRequest((int) number(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT), number(ctx, "offset", 0, 0, MAX_OFFSET));
  }

  /** The value of parameter {@code name}, or null; refused when longer than {@link #MAX_LENGTH}. */
  static String text(Context ctx, String name) {
    String value = ctx.queryParam(name);
    if (value != null && value.length() > MAX_LENGTH) {
      throw new BadRequestResponse("parameter " + name + " is longer than " + MAX_LENGTH + " characters");
    }
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** A path parameter that must be a positive id. */
  static long id(Context ctx, String name) {
    try {
      long id = Long.parseLong(ctx.pathParam(name));
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // Refused below, naming the parameter.
    }
    throw new BadRequestResponse(name + " must be a positive whole number");
  }

  private static LocalDate date(Context ctx, String name) {
    String value = text(ctx, name);
    try {
      return value == null ? null : LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new BadRequestResponse("parameter " + name + " must be a date as YYYY-MM-DD, not " + value);
    }
  }

  private static long number(Context ctx, String name, long fallback, long min, long max) {
    String value = text(ctx, name);
    if (value == null) {
      return fallback;
    }
    try {
      long n = Long.parseLong(value);
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // Refused below, naming the parameter.
    }
    throw new BadRequestResponse("parameter " + name + " must be a whole number from " + min + " to " + max);
  }
}
