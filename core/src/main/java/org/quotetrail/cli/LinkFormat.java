package org.quotetrail.cli;

/** How the link commands ({@code stories}, {@code story}, {@code speaker}, {@code variants}) print. */
enum LinkFormat {
  table,
  json
}
