package dev.fractalgen.etdg.type;

import static dev.fractalgen.etdg.type.Fixture.assertProblem;
import static dev.fractalgen.etdg.type.Fixture.assertTypes;

import dev.fractalgen.etdg.build.NodeBuilder;
import dev.fractalgen.etdg.model.Op;
import org.junit.jupiter.api.Test;

class SampleRuleTest {
  private final Fixture f = new Fixture();

  private NodeBuilder sample(String logits, String topK) {
    return f.node(Op.SAMPLE).operands(f.v(logits), f.v("f32[]"), f.v(topK), f.v("f32[]"),
        f.v("i32[]"), f.v("i32[]"), f.v("i32[]"), f.v("i32[]"));
  }

  @Test
  void sampleGivesOneTokenId() {
    assertTypes(sample("f32[512]", "i32[]"), "i32[]");
    assertTypes(sample("f32[P]", "i32[]"), "i32[]");
  }

  @Test
  void sampleRejectsLogitsThatAreNotF32Vectors() {
    assertProblem(sample("f32[2, 512]", "i32[]"), "logits must be f32[V]");
    assertProblem(sample("bf16[512]", "i32[]"), "logits must be f32[V]");
  }

  @Test
  void sampleRejectsAnInputOfTheWrongType() {
    assertProblem(sample("f32[512]", "f32[]"), "sample top_k is f32[], expected i32[]");
  }

  @Test
  void sampleRejectsAMissingInput() {
    assertProblem(f.node(Op.SAMPLE).operands(f.v("f32[4]"), f.v("f32[]")), "takes 8 operands, has 2");
  }
}
