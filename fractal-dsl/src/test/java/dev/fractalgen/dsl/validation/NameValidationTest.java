package dev.fractalgen.dsl.validation;

import static dev.fractalgen.dsl.validation.Expect.mentions;
import static dev.fractalgen.dsl.validation.Expect.onlyError;

import dev.fractalgen.dsl.elab.IssueCodes;
import org.junit.jupiter.api.Test;

/** Names: resolution, duplicates, recursion, and values used where a tensor is needed. */
class NameValidationTest {

  @Test
  @Triggers(IssueCodes.UNKNOWN_NAME)
  void unknownNameIsReportedOnceAtTheName() {
    // the let that uses y fails; x is then poisoned, so its use on line 5 reports nothing more
    var p = onlyError("""
        model m
        generate {
          step(token, pos) {
            let x = y + 1.0
            return [x]
          }
          stop { max_tokens = 4 }
        }
        """, IssueCodes.UNKNOWN_NAME, 4, 13);
    mentions(p, "'y'");
  }

  @Test
  @Triggers(IssueCodes.UNKNOWN_NAME)
  void tiedToAnUnknownWeight() {
    onlyError("""
        model m
        weights {
          head: f32[4, 2] = tied emb
        }
        generate {
          step(token, pos) { return head[0] }
          stop { max_tokens = 4 }
        }
        """, IssueCodes.UNKNOWN_NAME, 3, 21);
  }

  @Test
  @Triggers(IssueCodes.UNKNOWN_NAME)
  void nextOfAnUndeclaredState() {
    var p = onlyError("""
        model m
        generate {
          step(token, pos) {
            next hidden = [1.0]
            return [1.0]
          }
          stop { max_tokens = 4 }
        }
        """, IssueCodes.UNKNOWN_NAME, 4, 5);
    mentions(p, "'hidden'");
  }

  @Test
  @Triggers(IssueCodes.UNKNOWN_FUNCTION)
  void unknownFunction() {
    var p = onlyError("""
        model m
        generate {
          step(token, pos) {
            return softmax([1.0, 2.0])
          }
          stop { max_tokens = 4 }
        }
        """, IssueCodes.UNKNOWN_FUNCTION, 4, 12);
    mentions(p, "'softmax'");
  }

  @Test
  @Triggers(IssueCodes.UNKNOWN_FUNCTION)
  void unknownFunctionNamesTheNearestKnownOnes() {
    var p = onlyError("""
        model m
        fn softmax<N>(x: f32[N]) -> f32[N] {
          return exp(x) / reduce(sum, exp(x))
        }
        generate {
          step(token, pos) {
            return sofmax(expp([1.0, 2.0]))
          }
          stop { max_tokens = 4 }
        }
        """, IssueCodes.UNKNOWN_FUNCTION, 7, 12);
    mentions(p, "unknown function 'sofmax'; did you mean 'softmax'?");
  }

  @Test
  @Triggers(IssueCodes.UNKNOWN_FUNCTION)
  void unknownBuiltinNamesTheNearestBuiltins() {
    var p = onlyError("""
        model m
        generate {
          step(token, pos) {
            return sqr([1.0, 2.0])
          }
          stop { max_tokens = 4 }
        }
        """, IssueCodes.UNKNOWN_FUNCTION, 4, 12);
    mentions(p, "unknown function 'sqr'; did you mean 'sqrt'?");
  }

  @Test
  @Triggers(IssueCodes.DUPLICATE_NAME)
  void weightNamedLikeAConfigValue() {
    var p = onlyError("""
        model m
        config {
          d = 4
        }
        weights {
          d: f32[4] = "d"
        }
        generate {
          step(token, pos) { return [1.0] }
          stop { max_tokens = 4 }
        }
        """, IssueCodes.DUPLICATE_NAME, 6, 3);
    mentions(p, "'d'");
  }

  @Test
  @Triggers(IssueCodes.DUPLICATE_NAME)
  void functionDefinedTwice() {
    onlyError("""
        model m
        fn twice(x: f32[2]) -> f32[2] { return x + x }
        fn twice(x: f32[2]) -> f32[2] { return 2.0 * x }
        generate {
          step(token, pos) { return twice([1.0, 2.0]) }
          stop { max_tokens = 4 }
        }
        """, IssueCodes.DUPLICATE_NAME, 3, 1);
  }

  @Test
  @Triggers(IssueCodes.DUPLICATE_NAME)
  void stateDeclaredTwice() {
    onlyError("""
        model m
        generate {
          state h: f32[2] replace
          state h: f32[2] replace
          step(token, pos) {
            next h = h
            return h
          }
          stop { max_tokens = 4 }
        }
        """, IssueCodes.DUPLICATE_NAME, 4, 3);
  }

  @Test
  @Triggers(IssueCodes.DUPLICATE_NAME)
  void twoGenerateBlocks() {
    onlyError("""
        model m
        generate {
          step(token, pos) { return [1.0] }
          stop { max_tokens = 4 }
        }
        generate {
          step(token, pos) { return [2.0] }
          stop { max_tokens = 4 }
        }
        """, IssueCodes.DUPLICATE_NAME, 6, 1);
  }

  @Test
  @Triggers(IssueCodes.RECURSION)
  void aFunctionCallingItself() {
    var p = onlyError("""
        model m
        fn f(x: f32[2]) -> f32[2] {
          return f(x)
        }
        generate {
          step(token, pos) { return f([1.0, 2.0]) }
          stop { max_tokens = 4 }
        }
        """, IssueCodes.RECURSION, 3, 10);
    mentions(p, "'f'");
  }

  @Test
  @Triggers(IssueCodes.NOT_A_TENSOR)
  void aTupleUsedAsATensor() {
    var p = onlyError("""
        model m
        generate {
          step(token, pos) {
            let t = (1.0, 2.0)
            return [t + 1.0]
          }
          stop { max_tokens = 4 }
        }
        """, IssueCodes.NOT_A_TENSOR, 5, 13);
    mentions(p, "tuple");
  }

  @Test
  @Triggers(IssueCodes.NOT_A_TENSOR)
  void mapWithoutALambda() {
    onlyError("""
        model m
        generate {
          step(token, pos) {
            return map([1.0, 2.0], [3.0, 4.0])
          }
          stop { max_tokens = 4 }
        }
        """, IssueCodes.NOT_A_TENSOR, 4, 28);
  }

  @Test
  @Triggers(IssueCodes.NOT_A_TENSOR)
  void stepWithoutReturn() {
    onlyError("""
        model m
        generate {
          step(token, pos) {
            let x = [1.0]
          }
          stop { max_tokens = 4 }
        }
        """, IssueCodes.NOT_A_TENSOR, 3, 3);
  }
}
