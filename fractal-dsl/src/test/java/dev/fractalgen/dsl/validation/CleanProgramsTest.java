package dev.fractalgen.dsl.validation;

import static dev.fractalgen.dsl.validation.Expect.FE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fractalgen.etdg.model.Node;
import dev.fractalgen.etdg.model.Op;
import dev.fractalgen.etdg.model.Region;
import dev.fractalgen.etdg.type.TensorType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Programs that must check without any problem: the shipped models, and generic functions. */
class CleanProgramsTest {

  static Path models() {
    return Path.of(System.getProperty("fractal.root", "..")).resolve("models");
  }

  @ParameterizedTest
  @ValueSource(strings = {"llama2c", "gpt2", "lstm"})
  void shippedModelChecksAndLowersClean(String model) throws Exception {
    var checked = FE.check(models().resolve(model + ".fractal"));
    assertEquals(List.of(), checked.problems());
    assertEquals(model, checked.program().getName());
    assertEquals(List.of(), FE.lower(checked.program(), model, Map.of()).problems());
  }

  @Test
  void genericFunctionUsedAtTwoSizes() {
    // matvec at [3, 2] x [2] and at [2, 3] x [3]: each use binds M and K anew
    String text = """
        model m
        fn matvec<M, K>(w: f32[M, K], x: f32[K]) -> f32[M] {
          return map(w, row => reduce(sum, row * x))
        }
        generate {
          step(token, pos) {
            let a = [[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]
            let b = [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]
            return matvec(b, matvec(a, [1.0, 1.0]))
          }
          stop { max_tokens = 4 }
        }
        """;
    var checked = FE.check(text, "t.fractal");
    assertEquals(List.of(), checked.problems());
    var lowered = FE.lower(checked.program(), "t.fractal", Map.of());
    assertEquals(List.of(), lowered.problems());
    List<String> maps = new ArrayList<>();
    for (Node n : lowered.graph().getGenerate().getStep().getNodes()) {
      if (n.getOp() == Op.MAP) maps.add(TensorType.of(n.getOutputs().get(0)).toString());
    }
    assertEquals(List.of("f32[3]", "f32[2]"), maps);
  }

  @Test
  void genericFunctionUsedAtAFixedAndARunTimeSize() {
    // softmax at [4] and at [pos + 1], the length of a growing cache
    Expect.clean("""
        model m
        fn softmax<N>(x: f32[N]) -> f32[N] {
          let e = exp(x - reduce(max, x))
          return e / reduce(sum, e)
        }
        generate {
          state k: f32[] append capacity 16
          step(token, pos) {
            let scores = softmax(concat(k, [f32(pos)]))
            next k = reduce(sum, scores)
            return softmax([1.0, 2.0, 3.0, 4.0])
          }
          stop { max_tokens = 4 }
        }
        """);
  }

  @Test
  void unusedGenericFunctionWithAHalvedSizeChecksClean() {
    // N / 2 is no affine size of the symbol N; the unused function is not reported for it
    Expect.clean("""
        model m
        fn pairs<N>(x: f32[N]) -> f32[N] {
          let p = reshape(x, [N / 2, 2])
          return reshape(map(p, q => [q[1], q[0]]), [N])
        }
        generate {
          step(token, pos) { return [1.0] }
          stop { max_tokens = 4 }
        }
        """);
  }

  @Test
  void unusedGenericFunctionIsStillChecked() {
    var p = Expect.onlyError("""
        model m
        fn bad<N>(x: f32[N]) -> f32[N] {
          return x + token
        }
        generate {
          step(token, pos) { return [1.0] }
          stop { max_tokens = 4 }
        }
        """, dev.fractalgen.dsl.elab.IssueCodes.UNKNOWN_NAME, 3, 14);
    assertTrue(p.message().contains("'token'"));
  }
}
