package org.quotetrail.cli;

import picocli.CommandLine;

/**
 * Turns an exception that escapes a command into one line on standard error and exit status 2:
 * users see what went wrong, not a stack trace. Set QUOTETRAIL_DEBUG=1 for the trace.
 */
final class OneLineErrors implements CommandLine.IExecutionExceptionHandler {
  static final int FAILURE = 2;

  @Override
  public int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    cmd.getErr().println("quotetrail " + cmd.getCommandName() + ": " + message.lines().findFirst().orElse(""));
    if (System.getenv("QUOTETRAIL_DEBUG") != null) {
      e.printStackTrace(cmd.getErr());
    }
    return FAILURE;
  }
}
