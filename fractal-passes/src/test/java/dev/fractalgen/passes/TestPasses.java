package dev.fractalgen.passes;

import dev.fractalgen.etdg.model.DType;
import dev.fractalgen.etdg.model.Graph;
import dev.fractalgen.etdg.model.Node;
import dev.fractalgen.etdg.model.Op;
import java.util.Set;
import java.util.function.BiConsumer;

/** Deliberately wrong passes, to show that the manager and translation validation catch them. */
final class TestPasses {
  private TestPasses() {}

  /** A pass with the given name and declarations whose body is {@code body}. */
  static Pass of(String name, Set<IrProperty> requires, Set<IrProperty> establishes, Set<IrProperty> invalidates,
      BiConsumer<Graph, PassContext> body) {
    return new Pass() {
      @Override public String name() { return name; }
      @Override public Set<IrProperty> requires() { return requires; }
      @Override public Set<IrProperty> establishes() { return establishes; }
      @Override public Set<IrProperty> invalidates() { return invalidates; }
      @Override public void run(Graph g, PassContext ctx) { body.accept(g, ctx); }
    };
  }

  static Pass requiring(String name, IrProperty p) {
    return of(name, Set.of(p), Set.of(), Set.of(), (g, ctx) -> { });
  }

  /** Declares the first node's output f16, which its rule does not give: the verifier must object. */
  static Pass breakTypes() {
    return of("break-types", Set.of(), Set.of(), Set.of(),
        (g, ctx) -> IrWalk.step(g).getNodes().get(0).getOutputs().get(0).setDtype(DType.F16));
  }

  /** Removes the first node of the step although later nodes use it. */
  static Pass dropFirstNode() {
    return of("drop-first-node", Set.of(), Set.of(), Set.of(), (g, ctx) -> IrWalk.step(g).getNodes().remove(0));
  }

  /**
   * Adds {@code delta} to every element of every f32 const named {@code name}: the graph stays
   * valid and only its values change, which only translation validation can see.
   */
  static Pass perturbConst(String name, double delta) {
    return of("perturb-" + name, Set.of(), Set.of(), Set.of(), (g, ctx) -> {
      for (Node n : IrWalk.nodes(IrWalk.step(g))) {
        if (n.getOp() != Op.CONST || !n.getOutputs().get(0).getName().equals(name)) continue;
        for (int i = 0; i < n.getData().size(); i++) {
          n.getData().set(i, (double) (float) (n.getData().get(i) + delta));
        }
      }
    });
  }
}
