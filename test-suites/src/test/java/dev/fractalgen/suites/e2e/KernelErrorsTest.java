package dev.fractalgen.suites.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fractalgen.backend.BundleCompiler;
import dev.fractalgen.backend.WeightBlobs;
import dev.fractalgen.backend.target.Target;
import dev.fractalgen.dsl.FractalFrontEnd;
import dev.fractalgen.etdg.interp.HostTensor;
import dev.fractalgen.etdg.interp.Interpreter;
import dev.fractalgen.etdg.interp.InterpreterException;
import dev.fractalgen.etdg.model.Graph;
import dev.fractalgen.passes.validate.TranslationValidation;
import dev.fractalgen.runtime.bundle.Bundle;
import dev.fractalgen.runtime.exec.ExecutionException;
import dev.fractalgen.runtime.exec.GenerationRequest;
import dev.fractalgen.runtime.exec.HostExecutor;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Run-time faults inside a compiled kernel end the call with a clear error, as in the interpreter. */
class KernelErrorsTest {
  @TempDir Path dir;

  @Test
  void anIndexOutOfRangeIsReportedNotRead() throws Exception {
    FractalFrontEnd fe = new FractalFrontEnd();
    var checked = fe.check(Path.of(KernelErrorsTest.class.getResource("/programs/index_out_of_range.fractal").toURI()));
    assertFalse(checked.hasErrors(), checked.problems().toString());
    Graph g = fe.lower(checked.program(), "oob", Map.of()).graph();
    Map<String, HostTensor> weights = TranslationValidation.randomWeights(g, 3);
    int[][] prompts = {{1}, {2, 3}};
    InterpreterException ref = assertThrows(InterpreterException.class,
        () -> new Interpreter().generate(g, weights, Map.of(), prompts, null));
    // the program's line 18, column 13: emb[token + vocab_size]
    assertTrue(ref.getMessage().startsWith("index %x (oob:18:13): index 9 out of range"), ref.getMessage());

    BundleCompiler.compile(g, List.of(Target.HOST), dir, false);
    Bundle bundle = Bundle.open(dir);
    try (HostExecutor ex = new HostExecutor(bundle, WeightBlobs.of(bundle.manifest(), weights), 2)) {
      ExecutionException e = assertThrows(ExecutionException.class,
          () -> ex.generate(new GenerationRequest(prompts, Map.of()), null, 30_000));
      assertEquals("the kernel stopped with an error: an index or slice was out of range at oob:18:13, %x", e.getMessage());
    }
  }

  @Test
  void promptsBeyondTheCapacityAreRejectedBeforeLaunch() throws Exception {
    Graph g = CompiledModels.lower("llama2c.fractal");
    BundleCompiler.compile(g, List.of(Target.HOST), dir, false);
    Bundle bundle = Bundle.open(dir);
    Map<String, HostTensor> weights = TranslationValidation.randomWeights(g, 3);
    try (HostExecutor ex = new HostExecutor(bundle, WeightBlobs.of(bundle.manifest(), weights), 1)) {
      ExecutionException e = assertThrows(ExecutionException.class,
          () -> ex.generate(new GenerationRequest(new int[][] {{1, 2}}, Map.of("max_tokens", 512.0)), null, 0));
      assertTrue(e.getMessage().contains("exceeds the capacity 512"), e.getMessage());
      ExecutionException p = assertThrows(ExecutionException.class,
          () -> ex.generate(new GenerationRequest(new int[][] {{}}, Map.of()), null, 0));
      assertTrue(p.getMessage().contains("prompt 0 is empty"), p.getMessage());
      ExecutionException q = assertThrows(ExecutionException.class,
          () -> ex.generate(new GenerationRequest(new int[][] {{1}}, Map.of("warmth", 1.0)), null, 0));
      assertTrue(q.getMessage().contains("no param 'warmth'"), q.getMessage());
    }
    // a weights image of another bundle is refused before the kernel could read past its end
    ExecutionException w = assertThrows(ExecutionException.class,
        () -> new HostExecutor(bundle, java.lang.foreign.MemorySegment.ofArray(new byte[256]), 1));
    assertTrue(w.getMessage().contains("the weights image has 256 bytes"), w.getMessage());
  }
}
