package org.quotetrail.spark;

import java.util.ArrayList;
import java.util.List;

/**
 * What a run of the job did.
 *
 * @param files the WARC files read
 * @param articles articles extracted and written
 * @param quotations quotations in those articles
 * @param problems corrupt records, unreadable pages and refused articles, none of which stop the job
 * @param stored articles newly saved to the database ({@code --jdbc}), else 0
 * @param alreadyStored articles the database already held, else 0
 * @param problemLines the first problems, one line each, naming the input and place
 * @param links what cross-article linking of the result did, or null when the job did not link
 * @param storeLinks what linking the database ({@code --jdbc}) did, or null when it was not linked
 */
public record JobSummary(
    int files, long articles, long quotations, long problems, long stored, long alreadyStored, List<String> problemLines,
    LinkSummary links, LinkSummary storeLinks) {
  public JobSummary {
    problemLines = List.copyOf(problemLines);
  }

  /** This summary with what linking the result did. */
  public JobSummary withLinks(LinkSummary linking) {
    return new JobSummary(files, articles, quotations, problems, stored, alreadyStored, problemLines, linking, storeLinks);
  }

  /** This summary with what linking the database did. */
  public JobSummary withStoreLinks(LinkSummary linking) {
    return new JobSummary(files, articles, quotations, problems, stored, alreadyStored, problemLines, links, linking);
  }

  /** The report the job prints: totals, then the problems it kept. */
  public List<String> report() {
    List<String> lines = new ArrayList<>();
    lines.add(String.format("%d WARC files, %d articles, %d quotations; problems: %d", files, articles, quotations, problems));
    if (stored + alreadyStored > 0) {
      lines.add(String.format("database: %d articles stored, %d already there", stored, alreadyStored));
    }
    if (links != null) {
      lines.add(String.format("linking: %d articles in %d stories; %d left out as duplicates; problems: %d",
          links.linked(), links.stories(), links.duplicates(), links.problems().size()));
      links.problems().forEach(line -> lines.add("problem: " + line));
    }
    if (storeLinks != null) {
      lines.add(String.format("database linking: %d articles linked; %d stories in the database; problems: %d",
          storeLinks.linked(), storeLinks.stories(), storeLinks.problems().size()));
      storeLinks.problems().forEach(line -> lines.add("problem: " + line));
    }
    problemLines.forEach(line -> lines.add("problem: " + line));
    if (problems > problemLines.size()) {
      lines.add(String.format("(%d more problems not listed)", problems - problemLines.size()));
    }
    return lines;
  }
}
