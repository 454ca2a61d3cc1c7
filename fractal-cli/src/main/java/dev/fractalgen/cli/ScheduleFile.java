package dev.fractalgen.cli;

import dev.fractalgen.core.io.IoErrors;
import dev.fractalgen.etdg.model.Graph;
import dev.fractalgen.passes.schedule.GridSchedule;
import dev.fractalgen.passes.schedule.GridScheduleChecker;
import dev.fractalgen.passes.schedule.GridScheduleParser;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A grid schedule given as text ({@code compile --schedule}): read, parsed against the program's
 * graph and checked before anything is compiled from it, so an edited schedule either compiles
 * to a sound kernel or fails with its file, line and reason.
 */
final class ScheduleFile {
  /** A schedule's text is a line a phase; anything this large is not one. */
  private static final long MAX_BYTES = 16L << 20;

  private ScheduleFile() {
  }

  static GridSchedule read(Path file, Graph g) {
    String text;
    try {
      if (Files.size(file) > MAX_BYTES) throw new UserError(file + ": a schedule of more than " + (MAX_BYTES >> 20) + " MiB is not a schedule");
      text = Files.readString(file);
    } catch (CharacterCodingException e) {
      throw new UserError(file + ": the schedule is not UTF-8 text");
    } catch (IOException e) {
      throw new UserError("cannot read the schedule " + file + ": " + IoErrors.reason(e));
    }
    GridSchedule s;
    try {
      s = GridScheduleParser.parse(g, text);
    } catch (GridScheduleParser.SyntaxException e) {
      throw new UserError(file + ":" + e.line + ": " + e.getMessage().replaceFirst("^line \\d+: ", ""));
    }
    List<String> problems = GridScheduleChecker.problems(s);
    if (!problems.isEmpty()) {
      throw new UserError(file + ": the schedule is unsound (" + problems.size() + (problems.size() == 1 ? " problem" : " problems")
          + "), first: " + problems.get(0));
    }
    return s;
  }
}
