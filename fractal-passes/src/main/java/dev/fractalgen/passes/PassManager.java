package dev.fractalgen.passes;

import dev.fractalgen.etdg.model.Graph;
import dev.fractalgen.etdg.text.EtdgPrinter;
import dev.fractalgen.etdg.verify.InvalidGraphException;
import dev.fractalgen.etdg.verify.VerifyError;
import dev.fractalgen.etdg.verify.Verifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Runs a fixed list of passes over a graph, having checked when it was built that every pass's
 * required properties hold when it runs, and verifying the graph after every pass.
 *
 * <p>Any failure is an {@link InternalCompilerError} naming the pass. The input graph itself is
 * not verified first: the first pass may be the one that makes it valid (infer-shapes filling
 * untyped outputs), so an invalid input is reported after the first pass.
 */
public final class PassManager {
  private final Set<IrProperty> given;
  private final List<Pass> passes;
  private final Set<IrProperty> established;

  /**
   * @param given the properties the input graphs are known to have
   * @throws PipelineOrderException when a pass requires a property that does not hold before it
   */
  public PassManager(Set<IrProperty> given, List<Pass> passes) {
    this.given = Collections.unmodifiableSet(copy(given));
    this.passes = List.copyOf(passes);
    this.established = Collections.unmodifiableSet(checkOrder(this.given, this.passes));
  }

  /** A pipeline for input graphs of which nothing is known. */
  public static PassManager of(Pass... passes) {
    return new PassManager(Set.of(), List.of(passes));
  }

  public List<Pass> passes() {
    return passes;
  }

  public Set<IrProperty> given() {
    return given;
  }

  /** What holds after the whole pipeline has run. */
  public Set<IrProperty> established() {
    return established;
  }

  private static EnumSet<IrProperty> copy(Set<IrProperty> s) {
    return s.isEmpty() ? EnumSet.noneOf(IrProperty.class) : EnumSet.copyOf(s);
  }

  private static Set<IrProperty> checkOrder(Set<IrProperty> given, List<Pass> passes) {
    EnumSet<IrProperty> holds = copy(given);
    Map<IrProperty, String> lostTo = new EnumMap<>(IrProperty.class);
    for (int i = 0; i < passes.size(); i++) {
      Pass p = passes.get(i);
      for (IrProperty r : p.requires()) {
        if (holds.contains(r)) continue;
        String why = lostTo.containsKey(r)
            ? "which the earlier pass '" + lostTo.get(r) + "' invalidates"
            : "which no earlier pass establishes";
        throw new PipelineOrderException(p.name(), r, "pass '" + p.name() + "' (number " + (i + 1)
            + " of the pipeline) requires " + r + ", " + why + "; holding before it: " + holds);
      }
      for (IrProperty lost : p.invalidates()) {
        if (holds.remove(lost)) lostTo.put(lost, p.name());
      }
      holds.addAll(p.establishes());
    }
    return holds;
  }

  /** Runs every pass over {@code g} in order, in place. */
  public void run(Graph g, PassContext ctx) {
    for (Pass p : passes) {
      Graph before = ctx.check().isPresent() ? EcoreUtil.copy(g) : null;
      try {
        p.run(g, ctx);
      } catch (InternalCompilerError e) {
        throw e;
      } catch (InvalidGraphException e) {
        throw new InternalCompilerError(p.name(), "the pass rejected the graph",
            e.errors().stream().map(VerifyError::toString).toList(), EtdgPrinter.print(g), e);
      } catch (RuntimeException e) {
        throw new InternalCompilerError(p.name(), "the pass threw " + e, List.of(), EtdgPrinter.print(g), e);
      }
      if (ctx.verifyEachPass()) verifyAfter(p, g);
      if (before != null) ctx.check().get().afterPass(p, before, g, ctx);
      ctx.listener().after(p.name(), () -> EtdgPrinter.print(g));
    }
  }

  private static void verifyAfter(Pass p, Graph g) {
    List<VerifyError> errors = Verifier.verify(g);
    if (errors.isEmpty()) return;
    List<String> problems = new ArrayList<>();
    for (VerifyError e : errors) problems.add(e.toString());
    throw new InternalCompilerError(p.name(), "the graph is invalid after the pass (" + errors.size()
        + " verifier error" + (errors.size() == 1 ? "" : "s") + ")", problems, EtdgPrinter.print(g), null);
  }
}
