package dev.fractalgen.etdg.interp;

import dev.fractalgen.etdg.build.NodeBuilder;
import dev.fractalgen.etdg.build.RegionBuilder;
import dev.fractalgen.etdg.model.Arg;
import dev.fractalgen.etdg.model.Buffer;
import dev.fractalgen.etdg.model.DType;
import dev.fractalgen.etdg.model.EtdgFactory;
import dev.fractalgen.etdg.model.Op;
import dev.fractalgen.etdg.model.Output;
import dev.fractalgen.etdg.model.Value;
import dev.fractalgen.etdg.type.DimExpr;
import dev.fractalgen.etdg.type.TensorType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A test region under construction together with the values of its arguments: declare arguments
 * with {@link #arg}, add nodes through {@link #nodes}, then {@link #run} it in the interpreter.
 */
final class Fragment {
  final RegionBuilder nodes = new RegionBuilder(EtdgFactory.eINSTANCE.createRegion());
  private final List<HostTensor> args = new ArrayList<>();
  private final Map<String, Long> sizes = new HashMap<>();
  private final Map<Buffer, HostTensor> buffers = new HashMap<>();
  private InterpreterOptions options = InterpreterOptions.defaults();

  /** An argument of {@code value}'s concrete type, bound to {@code value}. */
  Arg arg(String name, HostTensor value) {
    return arg(name, type(value), value);
  }

  /** An argument of a declared (possibly symbolic) type, bound to {@code value}. */
  Arg arg(String name, TensorType type, HostTensor value) {
    args.add(value);
    return nodes.arg(name, type, false);
  }

  Fragment size(String symbol, long value) {
    sizes.put(symbol, value);
    return this;
  }

  Fragment buffer(Buffer b, HostTensor value) {
    buffers.put(b, value);
    return this;
  }

  Fragment options(InterpreterOptions o) {
    options = o;
    return this;
  }

  /** A single-output node of {@code op} with attributes {@code ints}. */
  Output op(Op op, String name, TensorType type, long[] ints, Value... operands) {
    NodeBuilder n = nodes.node(op).operands(operands);
    n.ints(ints);
    return n.output(name, type);
  }

  /** The values of {@code results} after evaluating the region. */
  List<HostTensor> run(Value... results) {
    nodes.results(results);
    return new Interpreter(options).evalRegion(nodes.region(), args, buffers, sizes);
  }

  HostTensor run1(Value result) {
    return run(result).get(0);
  }

  static TensorType type(HostTensor t) {
    return TensorType.of(t.dtype(), t.shape());
  }

  static TensorType f32(long... dims) {
    return TensorType.of(DType.F32, dims);
  }

  static TensorType i32(long... dims) {
    return TensorType.of(DType.I32, dims);
  }

  /** A type whose dims are parsed, so they may be symbolic: {@code of(F32, "pos+1", "4")}. */
  static TensorType of(DType dtype, String... dims) {
    List<DimExpr> s = new ArrayList<>();
    for (String d : dims) s.add(DimExpr.parse(d));
    return new TensorType(dtype, s);
  }

  static long[] shape(long... dims) {
    return dims;
  }

  static HostTensor vec(float... v) {
    return HostTensor.f32(new long[] {v.length}, v);
  }

  static HostTensor ivec(int... v) {
    return HostTensor.i32(new long[] {v.length}, v);
  }

  static HostTensor mat(long rows, long cols, float... v) {
    return HostTensor.f32(new long[] {rows, cols}, v);
  }
}
