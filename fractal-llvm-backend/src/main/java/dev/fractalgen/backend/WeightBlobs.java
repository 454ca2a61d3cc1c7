package dev.fractalgen.backend;

import dev.fractalgen.etdg.interp.HostTensor;
import dev.fractalgen.runtime.bundle.Manifest;
import dev.fractalgen.runtime.checkpoint.DType;
import dev.fractalgen.runtime.checkpoint.Tensor;
import dev.fractalgen.runtime.exec.WeightImage;
import java.lang.foreign.MemorySegment;
import java.util.Map;

/** A bundle's weights image filled from the interpreter's tensors (tests and tools compare both on the same weights). */
public final class WeightBlobs {
  private WeightBlobs() {
  }

  public static MemorySegment of(Manifest m, Map<String, HostTensor> weights) {
    return WeightImage.pack(m, name -> {
      HostTensor t = weights.get(name);
      // the checkpoint encoding: f16/bf16 to their 16 bits, everything little-endian
      return t.isFloat() ? Tensor.ofFloats(name, DType.valueOf(t.dtype().name()), t.shape(), t.floats()).data()
          : Tensor.ofInts(name, t.shape(), t.ints()).data();
    });
  }
}
