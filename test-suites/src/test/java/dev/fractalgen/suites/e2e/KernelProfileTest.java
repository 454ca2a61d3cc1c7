package dev.fractalgen.suites.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fractalgen.backend.BundleCompiler;
import dev.fractalgen.backend.WeightBlobs;
import dev.fractalgen.backend.target.Target;
import dev.fractalgen.etdg.interp.HostTensor;
import dev.fractalgen.etdg.model.Graph;
import dev.fractalgen.passes.validate.TranslationValidation;
import dev.fractalgen.runtime.bundle.Bundle;
import dev.fractalgen.runtime.exec.GenerationRequest;
import dev.fractalgen.runtime.exec.GenerationResult;
import dev.fractalgen.runtime.exec.HostExecutor;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A kernel compiled with profile points names its segments, times each, and computes the same tokens. */
class KernelProfileTest {
  @TempDir Path plain;
  @TempDir Path profiled;

  @Test
  void profiledKernelTimesEverySegmentAndKeepsItsResults() throws Exception {
    Graph g = CompiledModels.lower("llama2c.fractal");
    Map<String, HostTensor> weights = TranslationValidation.randomWeights(g, 5);
    BundleCompiler.compile(g, List.of(Target.HOST), plain, false);
    BundleCompiler.compile(g, List.of(Target.HOST), profiled, false, true);
    GenerationRequest request = new GenerationRequest(new int[][] {{1, 2}}, Map.of("max_tokens", 5.0, "temperature", 0.0));
    GenerationResult a = run(Bundle.open(plain), weights, request);
    GenerationResult b = run(Bundle.open(profiled), weights, request);
    assertArrayEquals(a.sequences().get(0).tokens(), b.sequences().get(0).tokens());

    assertEquals(0, a.profile().length, "no profile without --profile");
    List<String> labels = Bundle.open(profiled).manifest().profile();
    assertEquals(labels.size(), b.profile().length);
    // the step's end is one of the segments, and every segment ran at least once
    assertTrue(labels.contains("step commit"), labels.toString());
    assertTrue(Arrays.stream(b.profile()).allMatch(t -> t > 0), Arrays.toString(b.profile()));
    // each block times its own segments: the slowest block's time of a segment is never below the first's
    assertEquals(labels.size(), b.profileSlowest().length);
    for (int i = 0; i < labels.size(); i++) {
      assertTrue(b.profileSlowest()[i] >= b.profile()[i], labels.get(i) + ": " + b.profileSlowest()[i] + " < " + b.profile()[i]);
    }
    // the second block's counters are written too: its times differ from the first's somewhere
    // (a kernel that timed the first block alone would give the same two profiles)
    assertTrue(Arrays.stream(b.profileSlowest()).sum() > Arrays.stream(b.profile()).sum(),
        "the slowest block's times are the first block's: the other block's counters were not written");
  }

  private static GenerationResult run(Bundle bundle, Map<String, HostTensor> weights, GenerationRequest r) {
    try (HostExecutor ex = new HostExecutor(bundle, WeightBlobs.of(bundle.manifest(), weights), 2)) {
      return ex.generate(r, null, 60_000);
    }
  }
}
