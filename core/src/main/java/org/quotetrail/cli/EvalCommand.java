package org.quotetrail.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code eval}: the parent of the commands that score quotetrail against benchmarks. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Score quotetrail against a benchmark.",
    subcommands = {EvalExtractionCommand.class})
final class EvalCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
