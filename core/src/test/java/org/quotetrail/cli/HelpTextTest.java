package org.quotetrail.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command's help renders cleanly: picocli warns on standard error when a text is not a valid format. */
class HelpTextTest {
  @Test
  void everyCommandsHelpRendersWithoutWarnings() {
    List<CommandLine> commands = new ArrayList<>();
    collect(new CommandLine(new Main()), commands);
    assertTrue(commands.size() > 10, "commands found: " + commands.size());

    PrintStream realErr = System.err;
    ByteArrayOutputStream warnings = new ByteArrayOutputStream();
    System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
    try {
      for (CommandLine command : commands) {
        String usage = command.getUsageMessage();
        String name = command.getCommandSpec().qualifiedName();
        assertTrue(usage.contains("Usage: " + name), name + ": " + usage);
        assertFalse(usage.contains("%n"), name + " help has a raw format: " + usage);
      }
    } finally {
      System.setErr(realErr);
    }
    assertEquals("", warnings.toString(StandardCharsets.UTF_8));
  }

  private static void collect(CommandLine command, List<CommandLine> into) {
    into.add(command);
    command.getSubcommands().values().stream().distinct().forEach(sub -> collect(sub, into));
  }
}
