package dev.fractalgen.runtime.exec;

import dev.fractalgen.runtime.bundle.Manifest;
import dev.fractalgen.runtime.checkpoint.Checkpoint;
import dev.fractalgen.runtime.checkpoint.CheckpointException;
import dev.fractalgen.runtime.checkpoint.DType;
import dev.fractalgen.runtime.checkpoint.Tensor;
import dev.fractalgen.runtime.checkpoint.WeightBinder;
import dev.fractalgen.runtime.checkpoint.WeightSpec;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The weights blob of a bundle filled from a checkpoint: every tensor checked, then copied to its offset. */
public final class WeightImage {
  private WeightImage() {
  }

  public static ByteBuffer build(Manifest m, Checkpoint checkpoint) throws CheckpointException {
    List<WeightSpec> specs = new ArrayList<>();
    for (Manifest.WeightEntry w : m.weights()) {
      DType dt = DType.valueOf(w.dtype().toUpperCase());
      if (w.tiedTo() != null) specs.add(WeightSpec.tied(w.name(), dt, w.shape(), w.tiedTo()));
      else if (w.stacked()) specs.add(WeightSpec.stacked(w.name(), dt, w.shape(), w.source(), (int) w.shape()[0]));
      else specs.add(WeightSpec.named(w.name(), dt, w.shape(), w.source()));
    }
    Map<String, Tensor> bound = WeightBinder.bind(checkpoint, specs);
    return pack(m, name -> bound.get(name).data());
  }

  /** The blob from raw little-endian data per weight name (tied weights are skipped: they share their target's bytes). */
  public static ByteBuffer pack(Manifest m, java.util.function.Function<String, ByteBuffer> data) {
    ByteBuffer blob = ByteBuffer.allocateDirect((int) Math.max(16, m.weightsBytes())).order(ByteOrder.LITTLE_ENDIAN);
    for (Manifest.WeightEntry w : m.weights()) {
      if (w.tiedTo() != null) continue;
      ByteBuffer src = data.apply(w.name()).duplicate().order(ByteOrder.LITTLE_ENDIAN);
      src.rewind();
      if (src.remaining() != w.bytes()) {
        throw new ExecutionException("weight " + w.name() + " has " + src.remaining() + " bytes, the kernel expects " + w.bytes());
      }
      blob.put((int) w.offset(), src, 0, src.remaining());
    }
    return blob;
  }
}
