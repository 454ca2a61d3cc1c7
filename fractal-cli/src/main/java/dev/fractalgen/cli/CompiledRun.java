package dev.fractalgen.cli;

import dev.fractalgen.backend.BackendException;
import dev.fractalgen.backend.BundleCompiler;
import dev.fractalgen.backend.target.Target;
import dev.fractalgen.etdg.model.Graph;
import dev.fractalgen.runtime.bundle.Bundle;
import dev.fractalgen.runtime.checkpoint.CheckpointException;
import dev.fractalgen.runtime.checkpoint.Checkpoints;
import dev.fractalgen.runtime.exec.CudaExecutor;
import dev.fractalgen.runtime.exec.ExecutionException;
import dev.fractalgen.runtime.exec.GenerationRequest;
import dev.fractalgen.runtime.exec.GenerationResult;
import dev.fractalgen.runtime.exec.HostExecutor;
import dev.fractalgen.runtime.exec.WeightImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** {@code run --backend host|cuda}: compiles the program's kernel into a temporary bundle and runs it. */
final class CompiledRun {
  record Outcome(GenerationResult result) {}

  private final Path weights;
  private final int threads;
  private final long timeoutMillis;

  CompiledRun(Path weights, int threads, long timeoutMillis) {
    this.weights = weights;
    this.threads = threads;
    this.timeoutMillis = timeoutMillis;
  }

  /** The result, or null after printing a run-time error. */
  Outcome run(Graph g, int[][] prompts, Map<String, Double> params, boolean cuda, PrintWriter err) {
    Path dir = null;
    try {
      dir = Files.createTempDirectory("fractal-bundle-");
      BundleCompiler.compile(g, cuda ? List.of(Target.SM_80, Target.SM_90) : List.of(Target.HOST), dir, false);
      Bundle bundle = Bundle.open(dir);
      ByteBuffer blob;
      try {
        blob = WeightImage.build(bundle.manifest(), Checkpoints.open(weights));
      } catch (CheckpointException e) {
        throw new UserError(e.getMessage());
      }
      GenerationRequest request = new GenerationRequest(prompts, params);
      if (cuda) {
        try (CudaExecutor ex = new CudaExecutor(bundle, blob, 0)) {
          return new Outcome(ex.generate(request, null, timeoutMillis));
        }
      }
      try (HostExecutor ex = new HostExecutor(bundle, blob, threads)) {
        return new Outcome(ex.generate(request, null, timeoutMillis));
      }
    } catch (ExecutionException e) {
      err.println("fractal: runtime error: " + e.getMessage());
      return null;
    } catch (IOException e) {
      throw new UserError("cannot create a temporary bundle: " + e.getMessage());
    } finally {
      delete(dir);
    }
  }

  private static void delete(Path dir) {
    if (dir == null) return;
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary directory left behind is harmless
    }
  }
}
