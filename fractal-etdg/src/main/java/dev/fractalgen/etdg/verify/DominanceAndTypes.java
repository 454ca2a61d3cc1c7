package dev.fractalgen.etdg.verify;

import dev.fractalgen.etdg.model.Node;
import dev.fractalgen.etdg.model.Output;
import dev.fractalgen.etdg.model.Region;
import dev.fractalgen.etdg.model.Use;
import dev.fractalgen.etdg.model.Value;
import dev.fractalgen.etdg.type.TensorType;
import dev.fractalgen.etdg.type.TypeRules;
import dev.fractalgen.etdg.type.Typing;
import dev.fractalgen.etdg.verify.VerifyError.Code;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Walks the step region and its nested regions in order, checking that every use sees its value
 * (SSA dominance: a buffer, an arg of an enclosing region, or an output of an earlier node of the
 * same or an enclosing region), that every node has the regions its op takes, and that its
 * declared outputs are what {@link TypeRules} gives.
 */
final class DominanceAndTypes {
  private final Report report;
  private final Set<Value> inGraph = identitySet();
  private final Deque<Set<Value>> scopes = new ArrayDeque<>();

  DominanceAndTypes(Report report) {
    this.report = report;
  }

  private static Set<Value> identitySet() {
    return Collections.newSetFromMap(new IdentityHashMap<>());
  }

  void run(Region step) {
    inGraph.addAll(report.graph.getBuffers());
    report.graph.eAllContents().forEachRemaining(o -> { if (o instanceof Value v) inGraph.add(v); });
    Set<Value> graphLevel = identitySet();
    graphLevel.addAll(report.graph.getBuffers());
    scopes.push(graphLevel);
    region(step, "yield of the step");
    scopes.pop();
  }

  private void region(Region r, String resultsWhat) {
    Set<Value> scope = identitySet();
    scope.addAll(r.getArgs());
    scopes.push(scope);
    for (Node n : r.getNodes()) node(n);
    List<Use> results = r.getResults();
    for (int i = 0; i < results.size(); i++) {
      String problem = visibility(results.get(i));
      if (problem != null) {
        report.add(Code.NOT_VISIBLE, report.printer.yieldLine(r) + " (" + resultsWhat + ")",
            "result " + i + " " + problem);
      }
    }
    scopes.pop();
  }

  private void node(Node n) {
    for (int i = 0; i < n.getOperands().size(); i++) {
      String problem = visibility(n.getOperands().get(i));
      if (problem != null) report.at(n, Code.NOT_VISIBLE, "operand " + i + " " + problem);
    }
    int arity = TypeRules.regionArity(n.getOp());
    if (n.getRegions().size() != arity) {
      report.at(n, Code.REGION_ARITY, n.getOp().getLiteral().toLowerCase() + " takes " + arity
          + " region(s), has " + n.getRegions().size());
    } else {
      types(n);
    }
    for (int i = 0; i < n.getRegions().size(); i++) {
      region(n.getRegions().get(i), "region " + i + " of " + report.printer.describe(n));
    }
    scopes.peek().addAll(n.getOutputs());
  }

  private void types(Node n) {
    Typing t = TypeRules.infer(n);
    if (!t.ok()) {
      for (String p : t.problems()) report.at(n, Code.ILL_TYPED, p);
      return;
    }
    List<Output> outs = n.getOutputs();
    if (outs.size() != t.types().size()) {
      report.at(n, Code.OUTPUT_TYPE, "declares " + outs.size() + " output(s), its rule gives "
          + t.types().size() + ": " + t.types());
      return;
    }
    for (int i = 0; i < outs.size(); i++) {
      TensorType declared = TensorType.of(outs.get(i));
      if (!declared.equals(t.types().get(i))) {
        report.at(n, Code.OUTPUT_TYPE, "output " + i + " " + report.printer.name(outs.get(i))
            + " is declared " + declared + ", its rule gives " + t.types().get(i));
      }
    }
  }

  /** Null when the use sees its value, else why not. */
  private String visibility(Use u) {
    Value v = u == null ? null : u.getValue();
    if (v == null) return "refers to no value";
    for (Set<Value> s : scopes) if (s.contains(v)) return null;
    String name = report.printer.name(v);
    if (!inGraph.contains(v)) return name + " is not a value of this graph";
    return name + " (defined by `" + report.whereDefined(v) + "`) is not visible here: it is"
        + " defined later or in a region that does not enclose this use";
  }

}
