package org.quotetrail.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code train}: the parent of the commands that fit quotetrail's learned models. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = "Fit quotetrail's learned models from annotated corpora.",
    subcommands = {TrainCuesCommand.class})
final class TrainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return OneLineErrors.FAILURE;
  }
}
