package dev.fractalgen.etdg.build;

import dev.fractalgen.etdg.ShapeSymbols;
import dev.fractalgen.etdg.model.Buffer;
import dev.fractalgen.etdg.model.BufferKind;
import dev.fractalgen.etdg.model.ConfigEntry;
import dev.fractalgen.etdg.model.DType;
import dev.fractalgen.etdg.model.EtdgFactory;
import dev.fractalgen.etdg.model.Generate;
import dev.fractalgen.etdg.model.Graph;
import dev.fractalgen.etdg.model.Growth;
import dev.fractalgen.etdg.type.DimExpr;
import dev.fractalgen.etdg.type.TensorType;
import java.util.List;

/** Builds an ETDG graph: buffers at graph level, then the generate step through a {@link RegionBuilder}. */
public final class GraphBuilder {
  static final EtdgFactory F = EtdgFactory.eINSTANCE;
  private final Graph graph = F.createGraph();

  public GraphBuilder(String name) {
    graph.setName(name);
  }

  public Graph graph() {
    return graph;
  }

  public void config(String name, String value) {
    ConfigEntry e = F.createConfigEntry();
    e.setName(name);
    e.setValue(value);
    graph.getConfig().add(e);
  }

  private Buffer buffer(String name, BufferKind kind, TensorType type) {
    Buffer b = F.createBuffer();
    b.setName(name);
    b.setKind(kind);
    type.applyTo(b);
    graph.getBuffers().add(b);
    return b;
  }

  /** A weight read from checkpoint tensor {@code source}; when {@code stacked}, source holds {i}. */
  public Buffer weight(String name, TensorType type, String source, boolean stacked) {
    Buffer b = buffer(name, BufferKind.WEIGHT, type);
    b.setSource(source);
    b.setStacked(stacked);
    return b;
  }

  /** A weight sharing the data of {@code target}. */
  public Buffer tied(String name, TensorType type, Buffer target) {
    Buffer b = buffer(name, BufferKind.WEIGHT, type);
    b.setTiedTo(target);
    return b;
  }

  public Buffer param(String name, DType dtype, double defaultValue) {
    Buffer b = buffer(name, BufferKind.PARAM, TensorType.scalar(dtype));
    b.setDefaultValue(defaultValue);
    return b;
  }

  public Buffer sequence(String name, TensorType type) {
    return buffer(name, BufferKind.SEQUENCE, type);
  }

  /** A state; for APPEND, {@code type} is one row and {@code capacity} bounds the number of rows. */
  public Buffer state(String name, TensorType type, Growth growth, long capacity) {
    Buffer b = buffer(name, BufferKind.STATE, type);
    b.setGrowth(growth);
    b.setCapacity(capacity);
    return b;
  }

  /**
   * Creates the generate loop and returns its step region, whose arguments are already there:
   * {@code token}, {@code pos}, then one per state (APPEND states as {@code [pos, row...]}).
   */
  public RegionBuilder generate(List<Buffer> states) {
    Generate g = F.createGenerate();
    g.setStep(F.createRegion());
    g.getStates().addAll(states);
    graph.setGenerate(g);
    RegionBuilder step = new RegionBuilder(g.getStep());
    step.arg("token", TensorType.scalar(DType.I32), false);
    step.arg(ShapeSymbols.POS, TensorType.scalar(DType.I32), false);
    for (Buffer s : states) {
      TensorType row = TensorType.of(s);
      step.arg(s.getName(), s.getGrowth() == Growth.APPEND ? row.prepend(DimExpr.symbol(ShapeSymbols.POS)) : row, false);
    }
    return step;
  }
}
