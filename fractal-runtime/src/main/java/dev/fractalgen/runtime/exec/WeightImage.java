package dev.fractalgen.runtime.exec;

import dev.fractalgen.runtime.bundle.Manifest;
import dev.fractalgen.runtime.checkpoint.Checkpoint;
import dev.fractalgen.runtime.checkpoint.CheckpointException;
import dev.fractalgen.runtime.checkpoint.ConfigAgreement;
import dev.fractalgen.runtime.checkpoint.DType;
import dev.fractalgen.runtime.checkpoint.Tensor;
import dev.fractalgen.runtime.checkpoint.WeightBinder;
import dev.fractalgen.runtime.checkpoint.WeightSpec;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The weights blob of a bundle filled from a checkpoint: every tensor checked, then copied to its
 * offset. The blob is native memory, 256-byte aligned, and may exceed 2 GiB (Llama-3.2-1B in bf16 is
 * 2.5 GB); it is freed when no longer reachable.
 */
public final class WeightImage {
  private WeightImage() {
  }

  public static MemorySegment build(Manifest m, Checkpoint checkpoint) throws CheckpointException {
    return build(m, checkpoint, null);
  }

  /** As {@link #build(Manifest, Checkpoint)}; {@code unbound}: see {@link WeightBinder#bind(Checkpoint, List, java.util.function.Consumer)}. */
  public static MemorySegment build(Manifest m, Checkpoint checkpoint, java.util.function.Consumer<List<String>> unbound)
      throws CheckpointException {
    List<WeightSpec> specs = new ArrayList<>();
    for (Manifest.WeightEntry w : m.weights()) {
      DType dt = DType.valueOf(w.dtype().toUpperCase());
      if (w.tiedTo() != null) specs.add(WeightSpec.tied(w.name(), dt, w.shape(), w.tiedTo()));
      else if (w.stacked()) specs.add(WeightSpec.stacked(w.name(), dt, w.shape(), w.source(), (int) w.shape()[0]));
      else specs.add(WeightSpec.named(w.name(), dt, w.shape(), w.source()));
    }
    ConfigAgreement.check(checkpoint, m.config());
    Map<String, Tensor> bound = WeightBinder.bind(checkpoint, specs, unbound);
    return pack(m, name -> bound.get(name).data());
  }

  /** @throws ExecutionException when {@code blob} is smaller than the bundle's weights (a stale or wrong file) */
  static void checkSize(Manifest m, MemorySegment blob) {
    if (blob.byteSize() < m.weightsBytes()) {
      throw new ExecutionException("the weights image has " + blob.byteSize() + " bytes; the bundle's kernel reads "
          + m.weightsBytes() + " (was it made for another bundle?)");
    }
  }

  /** A blob saved to {@code file} as its raw bytes, mapped read-only. */
  public static MemorySegment read(Path file) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      return ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size(), Arena.ofAuto());
    }
  }

  /** Saves {@code blob} to {@code file} as its raw bytes, for {@link #read}. */
  public static void write(MemorySegment blob, Path file) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
      // a buffer addresses at most 2 GiB: the blob goes out in pieces
      for (long at = 0; at < blob.byteSize(); at += 1L << 30) {
        ByteBuffer piece = blob.asSlice(at, Math.min(1L << 30, blob.byteSize() - at)).asByteBuffer();
        while (piece.hasRemaining()) ch.write(piece);
      }
    }
  }

  /** The blob from raw little-endian data per weight name (tied weights are skipped: they share their target's bytes). */
  public static MemorySegment pack(Manifest m, java.util.function.Function<String, ByteBuffer> data) {
    MemorySegment blob = Arena.ofAuto().allocate(Math.max(16, m.weightsBytes()), 256);
    for (Manifest.WeightEntry w : m.weights()) {
      if (w.tiedTo() != null) continue;
      ByteBuffer src = data.apply(w.name()).duplicate().order(ByteOrder.LITTLE_ENDIAN);
      src.rewind();
      if (src.remaining() != w.bytes()) {
        throw new ExecutionException("weight " + w.name() + " has " + src.remaining() + " bytes, the kernel expects " + w.bytes());
      }
      MemorySegment.copy(MemorySegment.ofBuffer(src), 0, blob, w.offset(), src.remaining());
    }
    return blob;
  }
}
