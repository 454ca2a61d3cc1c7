package dev.fractalgen.backend;

import dev.fractalgen.etdg.interp.HostTensor;
import dev.fractalgen.runtime.bundle.Manifest;
import dev.fractalgen.runtime.exec.WeightImage;
import dev.fractalgen.etdg.model.DType;
import dev.fractalgen.core.numeric.HalfPrecision;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Map;

/** A bundle's weights image filled from the interpreter's tensors (tests and tools compare both on the same weights). */
public final class WeightBlobs {
  private WeightBlobs() {
  }

  public static MemorySegment of(Manifest m, Map<String, HostTensor> weights) {
    return WeightImage.pack(m, name -> {
      HostTensor t = weights.get(name);
      ByteBuffer b = ByteBuffer.allocate((t.dtype() == DType.F16 || t.dtype() == DType.BF16 ? 2 : 4) * t.size()).order(ByteOrder.LITTLE_ENDIAN);
      switch (t.dtype()) {
        case F32 -> { for (float f : t.floats()) b.putFloat(f); }
        case F16 -> { for (float f : t.floats()) b.putShort(HalfPrecision.toF16(f)); }
        case BF16 -> { for (float f : t.floats()) b.putShort(HalfPrecision.toBf16(f)); }
        case I32 -> { for (int i : t.ints()) b.putInt(i); }
      }
      return b.flip();
    });
  }
}
