package org.quotetrail.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code eval}: the parent of the commands that score quotetrail against annotated corpora and benchmarks. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Score quotetrail against annotated corpora and benchmarks.",
    subcommands = {EvalQuotesCommand.class, EvalExtractionCommand.class, EvalStoriesCommand.class, EvalSpeakersCommand.class})
final class EvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return OneLineErrors.FAILURE;
  }
}
