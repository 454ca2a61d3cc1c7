package dev.fractalgen.suites.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.fractalgen.dsl.FractalFrontEnd;
import java.util.Map;

/**
 * The parser and the elaborator on arbitrary text (seeded with the repository's models and the
 * bad-input programs): every input ends in problems with a location and a code, or a lowered
 * graph; no exception, and no problem outside the text.
 */
class FrontEndFuzzTest {
  private static final FractalFrontEnd FRONT_END = new FractalFrontEnd();

  @FuzzTest(maxDuration = "10s")
  void checkAndLower(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    var checked = FRONT_END.check(text, "fuzz.fractal");
    checked.problems().forEach(p -> located(p, text));
    if (checked.hasErrors() || checked.program() == null) return;
    FRONT_END.lower(checked.program(), "fuzz.fractal", Map.of()).problems().forEach(p -> located(p, text));
  }

  private static void located(FractalFrontEnd.Problem p, String text) {
    long lines = text.lines().count() + 1;
    if (p.line() < 1 || p.line() > lines || p.column() < 1 || p.code() == null || p.code().isBlank()) {
      throw new AssertionError("problem without a location in the text or a code: " + p);
    }
    FuzzFiles.assertOneLine(p.message());
  }
}
