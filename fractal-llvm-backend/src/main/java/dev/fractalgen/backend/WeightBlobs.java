package dev.fractalgen.backend;

import dev.fractalgen.etdg.interp.HostTensor;
import dev.fractalgen.runtime.bundle.Manifest;
import dev.fractalgen.runtime.exec.WeightImage;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Map;

/** A bundle's weights image filled from the interpreter's tensors (tests and tools compare both on the same weights). */
public final class WeightBlobs {
  private WeightBlobs() {
  }

  public static ByteBuffer of(Manifest m, Map<String, HostTensor> weights) {
    return WeightImage.pack(m, name -> {
      HostTensor t = weights.get(name);
      ByteBuffer b = ByteBuffer.allocate(4 * t.size()).order(ByteOrder.LITTLE_ENDIAN);
      if (t.isFloat()) for (float f : t.floats()) b.putFloat(f);
      else for (int i : t.ints()) b.putInt(i);
      return b.flip();
    });
  }
}
