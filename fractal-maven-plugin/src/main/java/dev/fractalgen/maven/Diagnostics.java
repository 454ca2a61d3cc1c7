package dev.fractalgen.maven;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.maven.plugin.logging.Log;

/**
 * The compiler's messages (what it printed) in Maven's log: each located problem as
 * {@code file:line:col: message [CODE]}, an error or a warning; any other line as it is.
 */
final class Diagnostics {
  private static final Pattern PROBLEM = Pattern.compile("(.+):(\\d+):(\\d+): (error|warning): (.*)");
  private final List<String> errors = new ArrayList<>();

  /** Logs the {@code output} of one compiler run; lines of a failed run that are not problems count as errors. */
  void report(String output, boolean failed, Log log) {
    for (String line : output.split("\\R")) {
      // the JVM's own notices (restricted or deprecated methods of a library) are not the model's problems
      if (line.isBlank() || line.startsWith("WARNING: ")) {
        log.debug(line);
        continue;
      }
      Matcher m = PROBLEM.matcher(line);
      if (m.matches()) {
        String located = m.group(1) + ":" + m.group(2) + ":" + m.group(3) + ": " + m.group(5);
        if (m.group(4).equals("error")) error(located, log);
        else log.warn(located);
      } else if (line.startsWith("fractal: warning: ")) {
        log.warn(line.substring("fractal: ".length()));
      } else if (failed) {
        error(line.startsWith("fractal: ") ? line.substring("fractal: ".length()) : line, log);
      } else {
        log.info(line);
      }
    }
  }

  void error(String message, Log log) {
    errors.add(message);
    log.error(message);
  }

  List<String> errors() {
    return errors;
  }
}
