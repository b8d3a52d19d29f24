package org.quotetrail.spark;

import java.util.List;
import java.util.Objects;

/**
 * What one run of the job reads and writes.
 *
 * @param inputs WARC files, folders or globs on any Hadoop file system
 * @param output the folder that receives {@code articles/} and {@code quotations/}
 * @param jdbc a store location for the core's store API (a SQLite file, a PostgreSQL URL), or null
 * @param overwrite whether to replace an existing output folder
 * @param link whether to link the articles across the result and write the link tables
 */
public record JobOptions(List<String> inputs, String output, String jdbc, boolean overwrite, boolean link) {
  public JobOptions {
    inputs = List.copyOf(inputs);
    Objects.requireNonNull(output, "output");
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("no input: name at least one WARC file, folder or glob");
    }
  }

  /** Where the article rows go. */
  public String articles() {
    return output + "/articles";
  }

  /** Where the quotation rows go. */
  public String quotations() {
    return output + "/quotations";
  }
}
