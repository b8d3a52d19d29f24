package org.quotetrail.ingest;

/**
 * Why an input, or part of one, could not be read: reported as one line, and the batch goes on.
 *
 * @param input the file (or file and record) that failed
 * @param offset byte offset of the problem within the input, or -1 when it has none
 * @param message what is wrong, in a few words
 */
public record InputProblem(String input, long offset, String message) {
  public static InputProblem of(String input, String message) {
    return new InputProblem(input, -1, message);
  }

  /** One line for a terminal: "input (at byte N): message". */
  @Override
  public String toString() {
    return offset >= 0 ? input + " (at byte " + offset + "): " + message : input + ": " + message;
  }
}
