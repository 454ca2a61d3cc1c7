package dev.fractalgen.passes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.fractalgen.etdg.model.Graph;
import dev.fractalgen.etdg.text.EtdgParser;
import dev.fractalgen.etdg.text.EtdgPrinter;
import dev.fractalgen.etdg.verify.Verifier;
import dev.fractalgen.passes.validate.TranslationValidation;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every case of {@code src/test/resources/passes/*.test} (see {@link PassTestCase}): parse,
 * run the passes with verification and translation validation after each, print, match the CHECK
 * lines; then run the passes again and expect no change, since each establishes its property.
 */
class PassFileTest {
  private static final int[][] PROMPTS = {{1, 2, 3}, {0}};

  static Stream<PassTestCase> cases() throws Exception {
    return PassTestCase.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void passCase(PassTestCase c) throws Exception {
    Graph g = EtdgParser.parse(c.input());
    // A graph the verifier accepts has its types inferred; any other must start with infer-shapes.
    EnumSet<IrProperty> given = Verifier.verify(g).isEmpty() ? EnumSet.of(IrProperty.TYPES_INFERRED)
        : EnumSet.noneOf(IrProperty.class);
    PassManager pm = new PassManager(given, c.passes().stream().map(Pipelines::byName).toList());
    PassContext ctx = PassContext.verifying().withCheck(
        TranslationValidation.checker(TranslationValidation.randomWeights(g, 1), Map.of(), PROMPTS, 7));
    if (!c.errors().isEmpty()) {
      InternalCompilerError e = assertThrows(InternalCompilerError.class, () -> pm.run(g, ctx));
      for (String expected : c.errors()) {
        assertTrue(e.getMessage().contains(expected), () -> c + ": the error lacks '" + expected + "':\n" + e.getMessage());
      }
      return;
    }
    pm.run(g, ctx);
    String out = EtdgPrinter.print(g);
    match(c, out);
    pm.run(g, PassContext.verifying());
    assertEquals(out, EtdgPrinter.print(g), c + ": running the passes again changed the graph");
  }

  /** FileCheck's rules: CHECKs match in order on later lines; a CHECK-NOT holds between its neighbours. */
  static void match(PassTestCase c, String output) {
    List<String> lines = output.lines().toList();
    int next = 0;
    List<PassTestCase.Directive> pendingNots = new java.util.ArrayList<>();
    for (PassTestCase.Directive d : c.checks()) {
      if (d.kind() == PassTestCase.Kind.CHECK_NOT) {
        pendingNots.add(d);
        continue;
      }
      int found = -1;
      for (int i = next; i < lines.size(); i++) {
        if (lines.get(i).contains(d.pattern())) {
          found = i;
          break;
        }
      }
      if (found < 0) {
        fail(c.file() + ":" + d.line() + ": CHECK '" + d.pattern() + "' not found after line " + next
            + " of the output:\n" + output);
      }
      checkNots(c, pendingNots, lines, next, found, output);
      pendingNots.clear();
      next = found + 1;
    }
    checkNots(c, pendingNots, lines, next, lines.size(), output);
  }

  private static void checkNots(PassTestCase c, List<PassTestCase.Directive> nots, List<String> lines, int from,
      int to, String output) {
    for (PassTestCase.Directive d : nots) {
      for (int i = from; i < to; i++) {
        if (lines.get(i).contains(d.pattern())) {
          fail(c.file() + ":" + d.line() + ": CHECK-NOT '" + d.pattern() + "' found at output line " + (i + 1)
              + ":\n" + output);
        }
      }
    }
  }
}
