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

  @Test
  @Triggers(IssueCodes.NOT_STATIC)
  void aChosenSourceNeedsAnI32ConfigFlag() {
    var p = onlyError("""
        model m
        config { eps = 1.0e-5 }
        weights {
          emb: f32[4, 2] = "embedding"
          head: f32[4, 2] = if eps then tied emb else "head"
        }
        generate {
          step(token, pos) { return head[0] }
          stop { max_tokens = 4 }
        }
        """, IssueCodes.NOT_STATIC, 5, 21);
    mentions(p, "'eps'");
  }

  @Test
  @Triggers(IssueCodes.UNKNOWN_NAME)
  void aChosenSourceNamesAKnownFlag() {
    onlyError("""
        model m
        weights {
          emb: f32[4, 2] = "embedding"
          head: f32[4, 2] = if tied_head then tied emb else "head"
        }
        generate {
          step(token, pos) { return head[0] }
          stop { max_tokens = 4 }
        }
        """, IssueCodes.UNKNOWN_NAME, 4, 21);
  }

  @Test
  @Triggers(IssueCodes.DUPLICATE_BINDING)
  void onlyTheChosenSourceBinds() {
    // the branch not taken binds nothing: "embedding" is bound once, by emb
    onlyError("""
        model m
        config { tie = 0 }
        weights {
          emb: f32[4, 2] = "embedding"
          head: f32[4, 2] = if tie then "head" else "embedding"
        }
        generate {
          step(token, pos) { return head[0] }
          stop { max_tokens = 4 }
        }
        """, IssueCodes.DUPLICATE_BINDING, 5, 3);
  }

  @Test
  @Triggers(IssueCodes.UNKNOWN_NAME)
  void theBranchNotTakenIsCheckedToo() {
    // tie = 0 picks "head", but a tie to a misspelt weight is reported anyway
    onlyError("""
        model m
        config { tie = 0 }
        weights {
          emb: f32[4, 2] = "embedding"
          head: f32[4, 2] = if tie then tied embb else "head"
        }
        generate {
          step(token, pos) { return head[0] + emb[0] }
          stop { max_tokens = 4 }
        }
        """, IssueCodes.UNKNOWN_NAME, 5, 33);
  }
}
