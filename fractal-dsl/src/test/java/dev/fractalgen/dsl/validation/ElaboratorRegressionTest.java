package dev.fractalgen.dsl.validation;

import static dev.fractalgen.dsl.validation.Expect.FE;
import static dev.fractalgen.dsl.validation.Expect.onlyError;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fractalgen.dsl.elab.IssueCodes;
import dev.fractalgen.etdg.model.Graph;
import dev.fractalgen.etdg.model.Node;
import dev.fractalgen.etdg.model.Op;
import dev.fractalgen.etdg.type.TensorType;
import dev.fractalgen.etdg.verify.Verifier;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bugs found in the elaborator, each with its failing input kept verbatim. */
class ElaboratorRegressionTest {

  private static Graph lowerClean(String text) {
    var checked = FE.check(text, "t.fractal");
    assertEquals(List.of(), checked.problems());
    var lowered = FE.lower(checked.program(), "t.fractal", Map.of());
    assertEquals(List.of(), lowered.problems());
    return lowered.graph();
  }

  @Test
  void sliceStartConstantWasDefinedAfterTheSlice() {
    Graph g = lowerClean("""
        model m
        generate {
          step(token, pos) {
            let x = [1.0, 2.0, 3.0]
            return x[1:3]
          }
          stop { max_tokens = 4 }
        }
        """);
    assertEquals(List.of(), Verifier.verify(g));
  }

  @Test
  void scanInitialConstantWasDefinedAfterTheScan() {
    Graph g = lowerClean("""
        model m
        generate {
          step(token, pos) {
            let (s, ys) = scan(0.0, [1.0, 2.0], (a, x) => (a + x, a))
            return ys
          }
          stop { max_tokens = 4 }
        }
        """);
    assertEquals(List.of(), Verifier.verify(g));
  }

  @Test
  void emptySubscriptCrashedTheElaborator() {
    onlyError("""
        model m
        generate {
          step(token, pos) {
            let a = [1.0, 2.0]
            return a[]
          }
          stop { max_tokens = 4 }
        }
        """, IssueCodes.SYNTAX, 5, 14);
  }

  @Test
  void listOfAnIntegerAndAFloatTruncatedTheFloat() {
    Graph g = lowerClean("""
        model m
        generate {
          step(token, pos) { return [1, 2.5] }
          stop { max_tokens = 4 }
        }
        """);
    Node list = g.getGenerate().getStep().getNodes().get(0);
    assertEquals(Op.CONST, list.getOp());
    assertEquals(List.of(1.0, 2.5), list.getData());
    assertEquals("f32[2]", TensorType.of(list.getOutputs().get(0)).toString());
  }

  @Test
  void listOfAnIntegerValueAndAFractionIsADtypeMismatch() {
    var p = onlyError("""
        model m
        generate {
          step(token, pos) {
            let l = [token, 0.5]
            return [1.0]
          }
          stop { max_tokens = 4 }
        }
        """, IssueCodes.DTYPE_MISMATCH, 4, 13);
    Expect.mentions(p, "i32", "0.5");
  }

  @Test
  void poisonedTupleWasAlsoReportedAsAShapeMismatch() {
    onlyError("""
        model m
        fn two(x: f32[2]) -> (f32[2], f32[2]) { return (x, x) }
        generate {
          step(token, pos) {
            let t = two(nope)
            let (a, b) = t
            return a
          }
          stop { max_tokens = 4 }
        }
        """, IssueCodes.UNKNOWN_NAME, 5, 17);
  }

  @Test
  void faultyNextWasAlsoReportedAsMissing() {
    onlyError("""
        model m
        generate {
          state h: f32[2] replace
          step(token, pos) {
            next h = nope
            return h
          }
          stop { max_tokens = 4 }
        }
        """, IssueCodes.UNKNOWN_NAME, 5, 14);
  }

  @Test
  void capacityErrorHidTheStepsErrors() {
    var problems = Expect.problems("""
        model m
        generate {
          state k: f32[2] append capacity 3
          step(token, pos) {
            next k = [1.0, 2.0]
            return [nope]
          }
          stop { max_tokens = 4 }
        }
        """);
    assertEquals(List.of(IssueCodes.CAPACITY_TOO_SMALL + "@3:35", IssueCodes.UNKNOWN_NAME + "@6:13"),
        problems.stream().map(p -> p.code() + "@" + p.line() + ":" + p.column()).toList());
  }

  @Test
  void absOfAnIntegerWasRejected() {
    lowerClean("""
        model m
        generate {
          step(token, pos) { return [f32(abs(token - 3))] }
          stop { max_tokens = 4 }
        }
        """);
  }

  @Test
  void negativeSliceStartWasAccepted() {
    onlyError("""
        model m
        generate {
          step(token, pos) {
            let x = [1.0, 2.0, 3.0]
            return x[-1:2]
          }
          stop { max_tokens = 4 }
        }
        """, IssueCodes.INDEX_RANGE, 5, 14);
  }

  @Test
  void fractionalTopKWasTruncated() {
    onlyError("""
        model m
        generate {
          step(token, pos) { return [1.0] }
          sample { top_k = 2.5 }
          stop { max_tokens = 4 }
        }
        """, IssueCodes.BAD_SETTING, 4, 20);
  }

  @Test
  void promptOfAnotherDtypeWasIgnored() {
    var p = onlyError("""
        model m
        generate {
          prompt ids: f32[P]
          step(token, pos) { return [1.0] }
          stop { max_tokens = 4 }
        }
        """, IssueCodes.DTYPE_MISMATCH, 3, 15);
    Expect.mentions(p, "i32[P]", "f32[P]");
  }

  @Test
  void promptOfAnotherShapeWasIgnored() {
    onlyError("""
        model m
        generate {
          prompt ids: i32[8]
          step(token, pos) { return [1.0] }
          stop { max_tokens = 4 }
        }
        """, IssueCodes.SHAPE_MISMATCH, 3, 15);
  }

  @Test
  void f16LogitsWereReportedAsAShapeMismatch() {
    var p = onlyError("""
        model m
        generate {
          step(token, pos) { return f16([1.0, 2.0]) }
          stop { max_tokens = 4 }
        }
        """, IssueCodes.DTYPE_MISMATCH, 3, 29);
    Expect.mentions(p, "f16[2]");
  }
}
