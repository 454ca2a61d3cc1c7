package dev.fractalgen.passes;

import java.util.function.Supplier;

/**
 * Told after each named stage of a compilation, with the stage's text form made on demand: the
 * lowered ETDG ({@code etdg}), the graph after each pass (the pass's name), the schedule after
 * phase assignment and each schedule pass, and each target's LLVM IR and kernel text
 * ({@code llvm.sm_90}, {@code kernel.sm_90}). {@code fractal compile --dump-after} writes them.
 */
@FunctionalInterface
public interface StageListener {
  StageListener NONE = (stage, text) -> { };

  void after(String stage, Supplier<String> text);
}
