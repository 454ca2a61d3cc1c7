package dev.fractalgen.etdg.interp;

import static dev.fractalgen.etdg.interp.Fragment.f32;
import static dev.fractalgen.etdg.interp.Fragment.i32;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fractalgen.etdg.build.GraphBuilder;
import dev.fractalgen.etdg.build.RegionBuilder;
import dev.fractalgen.etdg.model.Buffer;
import dev.fractalgen.etdg.model.Graph;
import dev.fractalgen.etdg.model.Growth;
import dev.fractalgen.etdg.model.Op;
import dev.fractalgen.etdg.model.Output;
import dev.fractalgen.etdg.model.Value;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Generate calls whose graphs read weights, or whose steps misbehave. */
class GenerateBuffersTest {

  /** Logits = row {@code token} of the weight, read through a tied f32[16] view of the f32[4, 4] table. */
  private static Graph tableModel() {
    GraphBuilder g = new GraphBuilder("table");
    StandardGenerateControl control = new StandardGenerateControl(g, 0.0, 3);
    Buffer table = g.weight("table", f32(4, 4), "t", false);
    Buffer alias = g.tied("alias", f32(16), table);
    RegionBuilder step = g.generate(List.of());
    Value token = step.region().getArgs().get(0);
    Output square = step.op(Op.RESHAPE, "square", f32(4, 4), alias);
    Output logits = step.node(Op.INDEX).operands(square, token).ints(0).output("logits", f32(4));
    StandardGenerateControl.Control c = control.build(step, logits);
    step.results(c.next(), c.status());
    return g.graph();
  }

  /** Row t is the one-hot of (t + 2) mod 4. */
  private static HostTensor plusTwo() {
    float[] v = new float[16];
    for (int t = 0; t < 4; t++) v[t * 4 + (t + 2) % 4] = 1;
    return HostTensor.f32(new long[] {4, 4}, v);
  }

  @Test
  void aTiedWeightReadsItsTargetsData() {
    GenerateResult r = new Interpreter().generate(tableModel(), Map.of("table", plusTwo()), Map.of(), new int[][] {{1}}, null);
    // 1 -> 3 -> 1 -> 3.
    assertEquals(List.of(3, 1, 3), r.sequence(0).tokens());
  }

  @Test
  void aWeightOfTheWrongShapeIsRejected() {
    HostTensor wrong = HostTensor.f32(new long[] {2, 8}, new float[16]);
    InterpreterException e = assertThrows(InterpreterException.class,
        () -> new Interpreter().generate(tableModel(), Map.of("table", wrong), Map.of(), new int[][] {{1}}, null));
    assertEquals("weight %table is declared f32[4, 4] but was given f32[2, 8]", e.getMessage());
  }

  @Test
  void aMissingWeightIsReportedByTheNodeReadingIt() {
    InterpreterException e = assertThrows(InterpreterException.class,
        () -> new Interpreter().generate(tableModel(), Map.of(), Map.of(), new int[][] {{1}}, null));
    assertEquals("square", e.outputName());
  }

  /** A step that yields {@code next = token} and a constant status, with one REPLACE state. */
  private static Graph constantStatus(int status) {
    GraphBuilder g = new GraphBuilder("constant");
    Buffer s = g.state("s", i32(), Growth.REPLACE, 0);
    RegionBuilder step = g.generate(List.of(s));
    Value token = step.region().getArgs().get(0);
    Output st = StandardGenerateControl.constant(step, "status", status);
    step.results(token, st, step.region().getArgs().get(2));
    return g.graph();
  }

  @Test
  void aStatusOutsideZeroToThreeIsAnError() {
    InterpreterException e = assertThrows(InterpreterException.class,
        () -> new Interpreter().generate(constantStatus(7), Map.of(), Map.of(), new int[][] {{1}}, null));
    assertEquals("sequence 0, step 0: status 7 is not one of 0, 1, 2, 3", e.getMessage());
  }

  @Test
  void aStepThatNeverStopsHitsTheStepLimit() {
    Interpreter limited = new Interpreter(InterpreterOptions.defaults().withMaxSteps(5));
    InterpreterException e = assertThrows(InterpreterException.class,
        () -> limited.generate(constantStatus(1), Map.of(), Map.of(), new int[][] {{1}}, null));
    assertTrue(e.getMessage().contains("ran 5 steps without stopping"), e.getMessage());
  }
}
