package dev.fractalgen.dsl.validation;

import static dev.fractalgen.dsl.validation.Expect.mentions;
import static dev.fractalgen.dsl.validation.Expect.onlyError;

import dev.fractalgen.dsl.elab.IssueCodes;
import org.junit.jupiter.api.Test;

/** Dtypes, shapes, and the arity of functions and lambdas. */
class TypeValidationTest {

  @Test
  @Triggers(IssueCodes.DTYPE_MISMATCH)
  void addingAnI32ToAnF32NamesBothTypes() {
    var p = onlyError("""
        model m
        generate {
          step(token, pos) {
            return [1.0, 2.0] + token
          }
          stop { max_tokens = 4 }
        }
        """, IssueCodes.DTYPE_MISMATCH, 4, 12);
    mentions(p, "f32[2]", "i32[]");
  }

  @Test
  @Triggers(IssueCodes.DTYPE_MISMATCH)
  void argumentOfTheWrongDtype() {
    var p = onlyError("""
        model m
        fn double(x: f32[]) -> f32[] { return x + x }
        generate {
          step(token, pos) {
            return [double(token)]
          }
          stop { max_tokens = 4 }
        }
        """, IssueCodes.DTYPE_MISMATCH, 5, 20);
    mentions(p, "f32", "i32[]");
  }

  @Test
  @Triggers(IssueCodes.DTYPE_MISMATCH)
  void intrinsicOfAnInteger() {
    var p = onlyError("""
        model m
        generate {
          step(token, pos) {
            return [exp(token)]
          }
          stop { max_tokens = 4 }
        }
        """, IssueCodes.DTYPE_MISMATCH, 4, 17);
    mentions(p, "i32[]");
  }

  @Test
  @Triggers(IssueCodes.SHAPE_MISMATCH)
  void addingVectorsOfDifferentLengthsNamesBothShapes() {
    var p = onlyError("""
        model m
        generate {
          step(token, pos) {
            let a = [1.0, 2.0]
            let b = [1.0, 2.0, 3.0]
            return a + b
          }
          stop { max_tokens = 4 }
        }
        """, IssueCodes.SHAPE_MISMATCH, 6, 12);
    mentions(p, "f32[2]", "f32[3]");
  }

  @Test
  @Triggers(IssueCodes.SHAPE_MISMATCH)
  void sizeParameterBoundTwiceToDifferentSizes() {
    // N is bound by a to 2; b then must be f32[2]
    var p = onlyError("""
        model m
        fn dot<N>(a: f32[N], b: f32[N]) -> f32[] {
          return reduce(sum, a * b)
        }
        generate {
          step(token, pos) {
            return [dot([1.0, 2.0], [1.0, 2.0, 3.0])]
          }
          stop { max_tokens = 4 }
        }
        """, IssueCodes.SHAPE_MISMATCH, 7, 29);
    mentions(p, "f32[3]", "f32[2]");
  }

  @Test
  @Triggers(IssueCodes.SHAPE_MISMATCH)
  void resultShapeAgainstTheDeclaredOne() {
    var p = onlyError("""
        model m
        fn pair(x: f32[]) -> f32[3] {
          return [x, x]
        }
        generate {
          step(token, pos) { return pair(1.0) }
          stop { max_tokens = 4 }
        }
        """, IssueCodes.SHAPE_MISMATCH, 3, 10);
    mentions(p, "f32[2]", "f32[3]");
  }

  @Test
  @Triggers(IssueCodes.SHAPE_MISMATCH)
  void reshapeToADifferentElementCount() {
    var p = onlyError("""
        model m
        generate {
          step(token, pos) {
            return reshape([1.0, 2.0, 3.0], [2])
          }
          stop { max_tokens = 4 }
        }
        """, IssueCodes.SHAPE_MISMATCH, 4, 12);
    mentions(p, "f32[3]", "f32[2]");
  }

  @Test
  @Triggers(IssueCodes.SHAPE_MISMATCH)
  void mapOverTensorsOfDifferentLengths() {
    var p = onlyError("""
        model m
        generate {
          step(token, pos) {
            return map([1.0, 2.0], [1.0, 2.0, 3.0], (a, b) => a * b)
          }
          stop { max_tokens = 4 }
        }
        """, IssueCodes.SHAPE_MISMATCH, 4, 28);
    mentions(p, "f32[2]", "f32[3]");
  }

  @Test
  @Triggers(IssueCodes.LAMBDA_ARITY)
  void mapLambdaWithTooManyParameters() {
    var p = onlyError("""
        model m
        generate {
          step(token, pos) {
            return map([1.0, 2.0], (a, b) => a * b)
          }
          stop { max_tokens = 4 }
        }
        """, IssueCodes.LAMBDA_ARITY, 4, 28);
    mentions(p, "1", "2");
  }

  @Test
  @Triggers(IssueCodes.LAMBDA_ARITY)
  void scanLambdaWithOneParameter() {
    onlyError("""
        model m
        generate {
          step(token, pos) {
            let (s, ys) = scan(0.0, [1.0, 2.0], x => (x, x))
            return ys
          }
          stop { max_tokens = 4 }
        }
        """, IssueCodes.LAMBDA_ARITY, 4, 41);
  }

  @Test
  @Triggers(IssueCodes.ARGUMENT_COUNT)
  void userFunctionWithTooManyArguments() {
    var p = onlyError("""
        model m
        fn id(x: f32[2]) -> f32[2] { return x }
        generate {
          step(token, pos) {
            return id([1.0, 2.0], [3.0, 4.0])
          }
          stop { max_tokens = 4 }
        }
        """, IssueCodes.ARGUMENT_COUNT, 5, 12);
    mentions(p, "id", "1", "2");
  }

  @Test
  @Triggers(IssueCodes.ARGUMENT_COUNT)
  void builtinWithTooFewArguments() {
    onlyError("""
        model m
        generate {
          step(token, pos) {
            return [pow(2.0)]
          }
          stop { max_tokens = 4 }
        }
        """, IssueCodes.ARGUMENT_COUNT, 4, 13);
  }

  @Test
  @Triggers(IssueCodes.REDUCE_AXIS)
  void reduceOverAMissingDimension() {
    var p = onlyError("""
        model m
        generate {
          step(token, pos) {
            return [reduce(sum, [1.0, 2.0], 1)]
          }
          stop { max_tokens = 4 }
        }
        """, IssueCodes.REDUCE_AXIS, 4, 13);
    mentions(p, "f32[2]", "1");
  }

  @Test
  @Triggers(IssueCodes.UNKNOWN_REDUCE_OP)
  void reduceWithAnUnknownOperator() {
    onlyError("""
        model m
        generate {
          step(token, pos) {
            return [reduce(mean, [1.0, 2.0])]
          }
          stop { max_tokens = 4 }
        }
        """, IssueCodes.UNKNOWN_REDUCE_OP, 4, 20);
  }

  @Test
  @Triggers(IssueCodes.SCAN_STATE_TYPE)
  void scanStateThatChangesType() {
    var p = onlyError("""
        model m
        generate {
          step(token, pos) {
            let (s, ys) = scan(0.0, [1.0, 2.0], (acc, x) => ([acc, x], x))
            return ys
          }
          stop { max_tokens = 4 }
        }
        """, IssueCodes.SCAN_STATE_TYPE, 4, 41);
    mentions(p, "f32[]", "f32[2]");
  }

  @Test
  @Triggers(IssueCodes.SCAN_STATE_TYPE)
  void scanBodyThatReturnsNoPair() {
    onlyError("""
        model m
        generate {
          step(token, pos) {
            let (s, ys) = scan(0.0, [1.0, 2.0], (acc, x) => acc + x)
            return ys
          }
          stop { max_tokens = 4 }
        }
        """, IssueCodes.SCAN_STATE_TYPE, 4, 41);
  }

  @Test
  @Triggers(IssueCodes.INDEX_RANGE)
  void constantIndexOutOfRange() {
    var p = onlyError("""
        model m
        generate {
          step(token, pos) {
            let x = [1.0, 2.0]
            return [x[2]]
          }
          stop { max_tokens = 4 }
        }
        """, IssueCodes.INDEX_RANGE, 5, 15);
    mentions(p, "2", "f32[2]");
  }

  @Test
  @Triggers(IssueCodes.INDEX_RANGE)
  void sliceBeyondTheEnd() {
    onlyError("""
        model m
        generate {
          step(token, pos) {
            let x = [1.0, 2.0]
            return x[1:3]
          }
          stop { max_tokens = 4 }
        }
        """, IssueCodes.INDEX_RANGE, 5, 14);
  }

  @Test
  @Triggers(IssueCodes.DIVISION_BY_ZERO)
  void constantDivisionByZero() {
    onlyError("""
        model m
        config {
          d = 4 / 0
        }
        generate {
          step(token, pos) { return [1.0] }
          stop { max_tokens = 4 }
        }
        """, IssueCodes.DIVISION_BY_ZERO, 3, 7);
  }

  @Test
  @Triggers(IssueCodes.DIVISION_BY_ZERO)
  void i32DivisionByZeroInAStepButNotAFloatOne() {
    onlyError("""
        model m
        generate {
          step(token, pos) {
            let inf = 1 / 0.0
            return [inf, f32(token / 0)]
          }
          stop { max_tokens = 4 }
        }
        """, IssueCodes.DIVISION_BY_ZERO, 5, 22);
  }

  @Test
  @Triggers(IssueCodes.NOT_A_TENSOR)
  void aLambdaBlockWithoutReturnIsLocated() {
    onlyError("""
        model m
        generate {
          step(token, pos) {
            let s = scan(0.0, [1.0, 2.0], (c, x) => { let q = c + x })
            return [s]
          }
          stop { max_tokens = 4 }
        }
        """, IssueCodes.NOT_A_TENSOR, 4, 45);
  }

  @Test
  void anIntegerLiteralPastI32IsLocated() {
    var p = onlyError("""
        model m
        generate {
          step(token, pos) {
            return [f32(3000000000)]
          }
          stop { max_tokens = 4 }
        }
        """, IssueCodes.SYNTAX, 4, 17);
    mentions(p, "3000000000", "does not fit in i32");
  }

  @Test
  @Triggers(IssueCodes.DTYPE_MISMATCH)
  void powOfIntegersAndLogicOnFloatsAreLocated() {
    onlyError("""
        model m
        generate {
          step(token, pos) {
            return [f32(pow(2, 3))]
          }
          stop { max_tokens = 4 }
        }
        """, IssueCodes.DTYPE_MISMATCH, 4, 17);
    onlyError("""
        model m
        generate {
          step(token, pos) {
            return [f32(!1.5)]
          }
          stop { max_tokens = 4 }
        }
        """, IssueCodes.DTYPE_MISMATCH, 4, 17);
    onlyError("""
        model m
        generate {
          step(token, pos) {
            let x = f32(pos)
            return [f32(x && x)]
          }
          stop { max_tokens = 4 }
        }
        """, IssueCodes.DTYPE_MISMATCH, 5, 17);
  }

  @Test
  @Triggers(IssueCodes.NOT_STATIC)
  void reduceAxisThatIsNotALiteral() {
    onlyError("""
        model m
        generate {
          step(token, pos) {
            return [reduce(sum, [1.0, 2.0], token)]
          }
          stop { max_tokens = 4 }
        }
        """, IssueCodes.NOT_STATIC, 4, 37);
  }

  @Test
  @Triggers(IssueCodes.NOT_STATIC)
  void weightDimensionThatIsNotPositive() {
    onlyError("""
        model m
        config {
          d = 0
        }
        weights {
          w: f32[d, 2] = "w"
        }
        generate {
          step(token, pos) { return [1.0] }
          stop { max_tokens = 4 }
        }
        """, IssueCodes.NOT_STATIC, 6, 10);
  }

  @Test
  @Triggers(IssueCodes.NOT_STATIC)
  void reshapeToARunTimeValue() {
    onlyError("""
        model m
        generate {
          step(token, pos) {
            return reshape([1.0, 2.0], [token])
          }
          stop { max_tokens = 4 }
        }
        """, IssueCodes.NOT_STATIC, 4, 33);
  }
}
