package dev.fractalgen.passes.types;

import dev.fractalgen.etdg.model.DType;
import dev.fractalgen.etdg.model.Graph;
import dev.fractalgen.etdg.model.Node;
import dev.fractalgen.etdg.model.Output;
import dev.fractalgen.etdg.model.Region;
import dev.fractalgen.etdg.text.EtdgPrinter;
import dev.fractalgen.etdg.type.TensorType;
import dev.fractalgen.etdg.type.TypeRules;
import dev.fractalgen.etdg.type.Typing;
import dev.fractalgen.etdg.verify.InvalidGraphException;
import dev.fractalgen.etdg.verify.VerifyError;
import dev.fractalgen.etdg.verify.VerifyError.Code;
import dev.fractalgen.passes.IrProperty;
import dev.fractalgen.passes.IrWalk;
import dev.fractalgen.passes.Pass;
import dev.fractalgen.passes.PassContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Gives every node output the dtype and shape {@link TypeRules} computes for it: an untyped output
 * gets it, a typed one must already have it, else the pass fails listing every disagreement.
 *
 * <p>The model has no "no type" (a value's dtype cannot be unset), so an output still at the
 * model's defaults, {@code f32[]}, counts as untyped. Where a rule reads part of the result from
 * the declared output (const, iota, cast, reshape, slice) that output must be typed by its builder.
 */
public final class InferShapesPass implements Pass {
  /** The type EMF gives a fresh value: what an output nobody typed looks like. */
  static final TensorType UNTYPED = TensorType.scalar(DType.F32);

  @Override
  public String name() {
    return "infer-shapes";
  }

  @Override
  public Set<IrProperty> requires() {
    return Set.of();
  }

  @Override
  public Set<IrProperty> establishes() {
    return Set.of(IrProperty.TYPES_INFERRED);
  }

  @Override
  public Set<IrProperty> invalidates() {
    return Set.of();
  }

  @Override
  public void run(Graph g, PassContext ctx) {
    Region step = IrWalk.step(g);
    if (step == null) return;
    List<VerifyError> problems = new ArrayList<>();
    region(step, new EtdgPrinter(g), problems, ctx);
    if (!problems.isEmpty()) throw new InvalidGraphException(g.getName(), problems);
  }

  /** Types the nodes of {@code r} in order, each after its regions (whose results it reads). */
  private void region(Region r, EtdgPrinter printer, List<VerifyError> problems, PassContext ctx) {
    for (Node n : r.getNodes()) {
      for (Region nested : n.getRegions()) region(nested, printer, problems, ctx);
      node(n, printer, problems, ctx);
    }
  }

  private void node(Node n, EtdgPrinter printer, List<VerifyError> problems, PassContext ctx) {
    Typing t = TypeRules.infer(n);
    if (!t.ok()) {
      for (String p : t.problems()) problems.add(new VerifyError(Code.ILL_TYPED, printer.describe(n), p));
      return;
    }
    List<Output> outs = n.getOutputs();
    if (outs.size() != t.types().size()) {
      problems.add(new VerifyError(Code.OUTPUT_TYPE, printer.describe(n), "declares " + outs.size()
          + " output(s), its rule gives " + t.types().size() + ": " + t.types()));
      return;
    }
    for (int i = 0; i < outs.size(); i++) {
      TensorType declared = TensorType.of(outs.get(i));
      TensorType inferred = t.types().get(i);
      if (declared.equals(inferred)) continue;
      if (declared.equals(UNTYPED)) {
        inferred.applyTo(outs.get(i));
        ctx.count(this, "filled", 1);
      } else {
        problems.add(new VerifyError(Code.OUTPUT_TYPE, printer.describe(n), "output " + i + " "
            + printer.name(outs.get(i)) + " is declared " + declared + ", its rule gives " + inferred));
      }
    }
  }
}
