package org.quotetrail.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code quotetrail} command line. */
@Command(
    name = "quotetrail",
    mixinStandardHelpOptions = true,
    version = "quotetrail 0.1.0",
    description = "Who said what, about whom, reported by whom: quotations and speakers from news.",
    subcommands = {
      IngestCommand.class,
      QuotesCommand.class,
      StoriesCommand.class,
      StoryCommand.class,
      SpeakerCommand.class,
      VariantsCommand.class,
      ExtractCommand.class,
      EvalCommand.class,
      TrainCommand.class,
      BenchCommand.class,
      ServeCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit status, without exiting: for tests and embedding. */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  /** Runs the command line printing to {@code out} and {@code err}: for tests and embedding. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return commandLine().setOut(out).setErr(err).execute(args);
  }

  private static CommandLine commandLine() {
    return new CommandLine(new Main()).setExecutionExceptionHandler(new OneLineErrors());
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
