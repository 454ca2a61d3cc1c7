package dev.fractalgen.cli;

import dev.fractalgen.etdg.interp.HostTensor;
import dev.fractalgen.etdg.model.Buffer;
import dev.fractalgen.etdg.model.BufferKind;
import dev.fractalgen.etdg.model.ConfigEntry;
import dev.fractalgen.etdg.model.Graph;
import dev.fractalgen.etdg.type.TensorType;
import dev.fractalgen.runtime.checkpoint.Checkpoint;
import dev.fractalgen.runtime.checkpoint.CheckpointException;
import dev.fractalgen.runtime.checkpoint.Checkpoints;
import dev.fractalgen.runtime.checkpoint.ConfigAgreement;
import dev.fractalgen.runtime.checkpoint.DType;
import dev.fractalgen.runtime.checkpoint.Tensor;
import dev.fractalgen.runtime.checkpoint.WeightBinder;
import dev.fractalgen.runtime.checkpoint.WeightSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Binds a graph's WEIGHT buffers to a checkpoint; every checkpoint problem becomes a one-line error. */
final class WeightLoading {
  private final Path file;
  private final java.util.function.Consumer<List<String>> unbound;

  /** @param unbound what to do with checkpoint tensors no weight binds; null: refuse them */
  WeightLoading(Path file, java.util.function.Consumer<List<String>> unbound) {
    this.file = file;
    this.unbound = unbound;
  }

  Map<String, HostTensor> load(Graph g) {
    List<WeightSpec> specs = new ArrayList<>();
    for (Buffer b : g.getBuffers()) {
      if (b.getKind() != BufferKind.WEIGHT) continue;
      TensorType t = TensorType.of(b);
      long[] shape = t.evaluate(Map.of());
      DType dt = DType.valueOf(t.dtype().getName());
      if (b.getTiedTo() != null) specs.add(WeightSpec.tied(b.getName(), dt, shape, b.getTiedTo().getName()));
      else if (b.isStacked()) specs.add(WeightSpec.stacked(b.getName(), dt, shape, b.getSource(), (int) shape[0]));
      else specs.add(WeightSpec.named(b.getName(), dt, shape, b.getSource()));
    }
    Map<String, Tensor> bound;
    try {
      Checkpoint ck = Checkpoints.open(file);
      Map<String, String> config = new LinkedHashMap<>();
      for (ConfigEntry e : g.getConfig()) config.put(e.getName(), e.getValue());
      ConfigAgreement.check(ck, config);
      bound = WeightBinder.bind(ck, specs, unbound);
    } catch (CheckpointException e) {
      throw new UserError(e.getMessage());
    }
    Map<String, HostTensor> out = new LinkedHashMap<>();
    for (var e : bound.entrySet()) {
      Tensor t = e.getValue();
      dev.fractalgen.etdg.model.DType dt = dev.fractalgen.etdg.model.DType.valueOf(t.dtype().name());
      out.put(e.getKey(), dt == dev.fractalgen.etdg.model.DType.I32
          ? HostTensor.i32(t.shape(), t.toInts())
          : HostTensor.ofFloats(dt, t.shape(), t.toFloats()));
    }
    return out;
  }
}
