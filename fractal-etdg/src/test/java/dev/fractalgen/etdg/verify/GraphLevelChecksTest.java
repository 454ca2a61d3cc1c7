package dev.fractalgen.etdg.verify;

import static dev.fractalgen.etdg.verify.VerifierFixture.assertErrors;
import static dev.fractalgen.etdg.verify.VerifierFixture.parse;

import dev.fractalgen.etdg.model.Graph;
import dev.fractalgen.etdg.text.Samples;
import dev.fractalgen.etdg.verify.VerifyError.Code;
import org.junit.jupiter.api.Test;

/** The step's signature, buffers, value names and shape symbols. */
class GraphLevelChecksTest {
  /** A valid graph with one state of each growth. */
  private static final String STEP = """
      etdg s
      state %kc : f32[2] append capacity 8
      state %h : f32[3] replace
      generate {
        step(%token : i32[], %pos : i32[], %k : f32[pos, 2], %hh : f32[3]) {
          %row = const [1.0, 2.0] : f32[2]
          yield %token, %pos, %row, %hh
        }
      }
      """;
  private static final String HEADER = "step(%token : i32[], %pos : i32[], %k : f32[pos, 2], %hh : f32[3])";

  private static Graph step(String from, String to) {
    return parse(STEP.replace(from, to));
  }

  /** A valid graph with one weight, plus {@code lines} at graph level. */
  private static Graph buffers(String lines) {
    return parse("etdg b\nweight %emb : f32[8, 4] = \"emb\"\n" + lines
        + "\ngenerate {\n  step(%token : i32[], %pos : i32[]) {\n    yield %token, %pos\n  }\n}\n");
  }

  @Test
  void theStepTemplatesAreValid() {
    assertErrors(parse(STEP));
    assertErrors(buffers("param %t : f32[] = 1.0"));
  }

  @Test
  void anAppendStateIsSeenWithPosRowsAndReturnsOneRow() {
    assertErrors(step("%k : f32[pos, 2]", "%k : f32[2]"),
        Code.STEP_SIGNATURE, HEADER.replace("f32[pos, 2]", "f32[2]"),
        "arg 2 %k is f32[2], expected f32[pos, 2] (state %kc, append)");
    assertErrors(step("yield %token, %pos, %row, %hh", "yield %token, %pos, %k, %hh"),
        Code.STEP_SIGNATURE, "yield %token, %pos, %k, %hh (yield of the step)",
        "result 2 %k is f32[pos, 2], expected f32[2] (state %kc, append)");
  }

  @Test
  void theTokenAndStatusAreI32Scalars() {
    assertErrors(step("yield %token, %pos,", "%f = const [1.0] : f32[]\n    yield %f, %pos,"),
        Code.STEP_SIGNATURE, "yield %f, %pos, %row, %hh (yield of the step)",
        "result 0 %f is f32[], expected i32[] (the next token)");
    assertErrors(step("%pos : i32[], %k", "%pos : i32[2], %k"),
        Code.STEP_SIGNATURE, HEADER.replace("%pos : i32[]", "%pos : i32[2]"),
        "arg 1 %pos is i32[2], expected i32[] (the position)",
        Code.STEP_SIGNATURE, "yield %token, %pos, %row, %hh (yield of the step)",
        "result 1 %pos is i32[2], expected i32[] (the status)");
  }

  @Test
  void everyStateHasAnArgAndAResult() {
    assertErrors(step("yield %token, %pos, %row, %hh", "yield %token, %pos, %row"),
        Code.STEP_SIGNATURE, "yield %token, %pos, %row (yield of the step)",
        "the step has 3 results, expected 4 (2 + 2 states)");
    assertErrors(parse(STEP.replace(", %hh : f32[3]) {", ") {").replace("%row, %hh", "%row, %row")),
        Code.STEP_SIGNATURE, "step(%token : i32[], %pos : i32[], %k : f32[pos, 2])",
        "the step has 3 args, expected 4",
        Code.STEP_SIGNATURE, "yield %token, %pos, %row, %row (yield of the step)",
        "result 3 %row is f32[2], expected f32[3] (state %h, replace)");
  }

  @Test
  void theGenerateStatesAreTheStateBuffersInOrder() {
    Graph g = parse(STEP);
    g.getGenerate().getStates().remove(1);
    assertErrors(g, Code.STEP_SIGNATURE, HEADER,
        "the generate states [%kc] are not the graph's state buffers in order [%kc, %h]");
  }

  @Test
  void aGraphNeedsAGenerateStep() {
    assertErrors(parse("etdg x\n"), Code.NO_GENERATE, "etdg x", "no generate step");
    assertErrors(parse("etdg x\ngenerate {\n}\n"), Code.NO_GENERATE, "etdg x", "no generate step");
  }

  @Test
  void aWeightIsBoundToASourceOrATie() {
    assertErrors(buffers("weight %w : f32[2]"),
        Code.WEIGHT_BINDING, "weight %w : f32[2]", "needs a checkpoint source or a tie");
    assertErrors(buffers("weight %w : f32[8, 4] = \"w\" tied %emb"),
        Code.WEIGHT_BINDING, "weight %w : f32[8, 4] = \"w\" tied %emb", "a source or a tie, not both");
  }

  @Test
  void aTieNamesAnUntiedWeightOfTheSameType() {
    assertErrors(buffers("weight %w : f32[8, 4] = tied %emb"));
    assertErrors(buffers("param %t : f32[] = 1.0\nweight %w : f32[] = tied %t"),
        Code.WEIGHT_BINDING, "weight %w : f32[] = tied %t", "tied to %t, which is not a weight");
    assertErrors(buffers("weight %w : f32[4, 8] = tied %emb"),
        Code.WEIGHT_BINDING, "weight %w : f32[4, 8] = tied %emb", "tied to %emb of type f32[8, 4], not f32[4, 8]");
    assertErrors(buffers("weight %w : f32[8, 4] = tied %emb\nweight %w2 : f32[8, 4] = tied %w"),
        Code.WEIGHT_BINDING, "weight %w2 : f32[8, 4] = tied %w", "tied to %w, which is itself tied");
    assertErrors(buffers("weight %w : f32[8, 4] = tied %w"),
        Code.WEIGHT_BINDING, "weight %w : f32[8, 4] = tied %w", "tied to itself");
  }

  @Test
  void aStackedWeightHasAPatternAndAStaticLeadingDim() {
    assertErrors(buffers("weight %w : f32[2, 4] = stack \"layers.w\""),
        Code.WEIGHT_BINDING, "weight %w : f32[2, 4] = stack \"layers.w\"", "needs '{i}'");
    assertErrors(buffers("weight %w : f32[P] = stack \"l.{i}\""),
        Code.WEIGHT_BINDING, "weight %w : f32[P] = stack \"l.{i}\"", "static leading dim");
  }

  @Test
  void anAppendStateHasACapacity() {
    assertErrors(step("append capacity 8", "append capacity 0"),
        Code.STATE_CAPACITY, "state %kc : f32[2] append capacity 0", "capacity > 0, has 0");
    assertErrors(step("append capacity 8", "append"),
        Code.STATE_CAPACITY, "state %kc : f32[2] append capacity 0", "capacity > 0, has 0");
  }

  @Test
  void aParamIsAScalarOfItsDtype() {
    assertErrors(buffers("param %t : f32[2] = 1.0"), Code.PARAM, "param %t : f32[2] = 1.0", "is f32[2]");
    assertErrors(buffers("param %k : i32[] = 0.5"), Code.PARAM, "param %k : i32[] = 0.5", "not an integer");
    assertErrors(buffers("param %k : i32[] = -40.0"));
  }

  @Test
  void shapesUseOnlyPosInTheStepAndP() {
    assertErrors(buffers("sequence %x : i32[pos]"),
        Code.SHAPE, "sequence %x : i32[pos]", "uses pos outside the generate step");
    assertErrors(buffers("sequence %x : i32[B]"), Code.SHAPE, "sequence %x : i32[B]", "uses 'B'");
    assertErrors(buffers("weight %w : f32[-1] = \"w\""), Code.SHAPE, "weight %w : f32[-1] = \"w\"", "negative dim");
    assertErrors(step("%row = const", "%ids = iota : i32[Q]\n    %row = const"),
        Code.SHAPE, "%ids = iota : i32[Q]", "%ids : i32[Q] uses 'Q'");
    assertErrors(step("%row = const", "%ids = iota : i32[P+pos]\n    %row = const"));
  }

  @Test
  void everyValueHasAName() {
    assertErrors(Samples.built(),
        Code.UNNAMED_VALUE, "%0 = const [1.0] : i32[]", "value %0 has no name",
        Code.UNNAMED_VALUE, "%1 = neg %hn : f32[4]", "value %1 has no name");
    Graph g = parse(STEP);
    g.getBuffers().get(1).setName(null);
    g.getGenerate().getStep().getArgs().get(3).setName("");
    assertErrors(g,
        Code.UNNAMED_VALUE, "state %0 : f32[3] replace", "value %0 has no name",
        Code.UNNAMED_VALUE, "step(%token : i32[], %pos : i32[], %k : f32[pos, 2], %1 : f32[3])",
        "value %1 has no name");
  }
}
