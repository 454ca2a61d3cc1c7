package dev.fractalgen.passes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fractalgen.etdg.model.Graph;
import dev.fractalgen.etdg.text.EtdgParser;
import dev.fractalgen.etdg.verify.Verifier;
import dev.fractalgen.passes.schedule.GridSchedule;
import dev.fractalgen.passes.schedule.GridScheduleParser;
import dev.fractalgen.passes.schedule.GridScheduler;
import dev.fractalgen.passes.schedule.GridSchedules;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every case of {@code src/test/resources/schedules/*.test} (the format of
 * {@link PassTestCase}): the input is an ETDG text; its phases are assigned, the RUN line's schedule
 * passes run with the checker after each, and the CHECK lines match the printed schedule, which
 * must also read back to itself. ERROR lines match the checker's complaint.
 */
class ScheduleFileTest {
  static Stream<PassTestCase> cases() throws Exception {
    return PassTestCase.all("schedules");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void scheduleCase(PassTestCase c) throws Exception {
    Graph g = EtdgParser.parse(c.input());
    Verifier.check(g);
    var passes = c.passes().stream().map(GridSchedules::byName).toList();
    if (!c.errors().isEmpty()) {
      IllegalStateException e = assertThrows(IllegalStateException.class, () -> GridSchedules.run(GridScheduler.schedule(g), passes));
      for (String expected : c.errors()) assertTrue(e.getMessage().contains(expected), () -> c + ": the error lacks '" + expected + "':\n" + e.getMessage());
      return;
    }
    GridSchedule s = GridSchedules.run(GridScheduler.schedule(g), passes);
    String out = s.print();
    PassFileTest.match(c, out);
    assertEquals(out, GridScheduleParser.parse(g, out).print(), c + ": the printed schedule does not read back");
    assertEquals(out, GridSchedules.run(s, passes).print(), c + ": running the passes again changed the schedule");
  }
}
