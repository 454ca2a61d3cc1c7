package dev.fractalgen.dsl.validation;

import static dev.fractalgen.dsl.validation.Expect.mentions;
import static dev.fractalgen.dsl.validation.Expect.onlyError;

import dev.fractalgen.dsl.elab.IssueCodes;
import org.junit.jupiter.api.Test;

/** Weights and their binding to checkpoint tensors. */
class WeightValidationTest {

  @Test
  @Triggers(IssueCodes.UNBOUND_WEIGHT)
  void weightWithoutSourceIsReportedOnce() {
    // the step's use of w reports nothing more
    var p = onlyError("""
        model m
        weights {
          w: f32[4]
        }
        generate {
          step(token, pos) { return w }
          stop { max_tokens = 4 }
        }
        """, IssueCodes.UNBOUND_WEIGHT, 3, 3);
    mentions(p, "'w'");
  }

  @Test
  @Triggers(IssueCodes.UNBOUND_WEIGHT)
  void stackPatternWithoutLayerIndex() {
    onlyError("""
        model m
        weights {
          w: f32[2, 4] = stack "layers.w"
        }
        generate {
          step(token, pos) { return w[0] }
          stop { max_tokens = 4 }
        }
        """, IssueCodes.UNBOUND_WEIGHT, 3, 18);
  }

  @Test
  @Triggers(IssueCodes.DUPLICATE_BINDING)
  void oneCheckpointTensorBoundTwice() {
    var p = onlyError("""
        model m
        weights {
          emb: f32[4, 2] = "embedding"
          head: f32[4, 2] = "embedding"
        }
        generate {
          step(token, pos) { return head[0] + emb[0] }
          stop { max_tokens = 4 }
        }
        """, IssueCodes.DUPLICATE_BINDING, 4, 3);
    mentions(p, "\"embedding\"", "'emb'", "'head'");
  }

  @Test
  @Triggers(IssueCodes.DUPLICATE_BINDING)
  void oneStackPatternBoundTwice() {
    onlyError("""
        model m
        weights {
          a: f32[2, 4] = stack "h.{i}.w"
          b: f32[2, 4] = stack "h.{i}.w"
        }
        generate {
          step(token, pos) { return a[0] + b[1] }
          stop { max_tokens = 4 }
        }
        """, IssueCodes.DUPLICATE_BINDING, 4, 3);
  }

  @Test
  @Triggers(IssueCodes.SHAPE_MISMATCH)
  void tiedWeightOfAnotherShapeNamesBothShapes() {
    var p = onlyError("""
        model m
        weights {
          emb: f32[4, 2] = "embedding"
          head: f32[2, 4] = tied emb
        }
        generate {
          step(token, pos) { return head[0] }
          stop { max_tokens = 4 }
        }
        """, IssueCodes.SHAPE_MISMATCH, 4, 3);
    mentions(p, "f32[2, 4]", "f32[4, 2]");
  }
}
