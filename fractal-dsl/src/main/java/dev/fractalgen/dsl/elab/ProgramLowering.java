package dev.fractalgen.dsl.elab;

import static dev.fractalgen.dsl.elab.Elaborator.fail;

import dev.fractalgen.dsl.elab.Val.FunctionVal;
import dev.fractalgen.dsl.elab.Val.TensorVal;
import dev.fractalgen.dsl.fractal.ChosenSource;
import dev.fractalgen.dsl.fractal.ConfigBlock;
import dev.fractalgen.dsl.fractal.ConfigEntry;
import dev.fractalgen.dsl.fractal.Expr;
import dev.fractalgen.dsl.fractal.Function;
import dev.fractalgen.dsl.fractal.GenerateBlock;
import dev.fractalgen.dsl.fractal.Member;
import dev.fractalgen.dsl.fractal.NamedSource;
import dev.fractalgen.dsl.fractal.Program;
import dev.fractalgen.dsl.fractal.SizeParam;
import dev.fractalgen.dsl.fractal.StackSource;
import dev.fractalgen.dsl.fractal.TensorTypeRef;
import dev.fractalgen.dsl.fractal.TiedSource;
import dev.fractalgen.dsl.fractal.Weight;
import dev.fractalgen.dsl.fractal.WeightSource;
import dev.fractalgen.dsl.fractal.WeightsBlock;
import dev.fractalgen.etdg.build.GraphBuilder;
import dev.fractalgen.etdg.build.RegionBuilder;
import dev.fractalgen.etdg.model.Buffer;
import dev.fractalgen.etdg.model.DType;
import dev.fractalgen.etdg.model.Graph;
import dev.fractalgen.etdg.model.Value;
import dev.fractalgen.etdg.type.DimExpr;
import dev.fractalgen.etdg.type.TensorType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.emf.ecore.EObject;

/**
 * Lowers a Fractal program to the ETDG, checking it on the way: configuration, weights, the
 * generate loop, and (generically, with symbolic sizes) every function the loop does not use.
 */
public final class ProgramLowering {
  /** The graph (meaningful only without errors) and every diagnostic found. */
  public record Result(Graph graph, List<Diagnostic> diagnostics) {
    public boolean hasErrors() {
      return diagnostics.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
    }
  }

  private final Diagnostics diagnostics = new Diagnostics();
  private final Elaborator el = new Elaborator(diagnostics);
  private final Env globals = new Env(null);
  private final Map<String, String> overrides;
  private GraphBuilder graph;

  private ProgramLowering(Map<String, String> overrides) {
    this.overrides = overrides;
    el.inliner.globals = globals;
  }

  /** Lowers {@code p} with configuration values replaced by {@code overrides} (name to text). */
  public static Result lower(Program p, Map<String, String> overrides) {
    return lower(p, overrides, ElabObserver.NONE);
  }

  /** As {@link #lower(Program, Map)}, telling {@code observer} each expression's inferred type. */
  public static Result lower(Program p, Map<String, String> overrides, ElabObserver observer) {
    ProgramLowering l = new ProgramLowering(overrides);
    l.el.observer = observer;
    l.run(p);
    return new Result(l.graph.graph(), l.diagnostics.all());
  }

  private void run(Program p) {
    graph = new GraphBuilder(p.getName());
    Set<String> unused = new HashSet<>(overrides.keySet());
    for (Member m : p.getMembers()) if (m instanceof ConfigBlock c) config(c, unused);
    for (String u : unused) diagnostics.add(Diagnostic.error(p, IssueCodes.BAD_CONFIG, "no config value named '" + u + "' to override"));
    for (Member m : p.getMembers()) if (m instanceof WeightsBlock w) weights(w);
    for (Member m : p.getMembers()) if (m instanceof Function f) declare(f.getName(), new FunctionVal(f), f);
    List<GenerateBlock> gens = p.getMembers().stream().filter(GenerateBlock.class::isInstance).map(GenerateBlock.class::cast).toList();
    if (gens.isEmpty()) diagnostics.add(Diagnostic.error(p, IssueCodes.MISSING_GENERATE, "a model needs a generate block"));
    for (int i = 1; i < gens.size(); i++) diagnostics.add(Diagnostic.error(gens.get(i), IssueCodes.DUPLICATE_NAME, "a model has one generate block"));
    if (!gens.isEmpty()) guarded(gens.get(0), () -> new GenerateLowering(el, globals, graph).lower(gens.get(0)));
    for (Member m : p.getMembers()) {
      if (m instanceof Function f && !el.inliner.instantiated.contains(f)) guarded(f, () -> checkGenerically(f));
    }
  }

  private void guarded(EObject where, Runnable r) {
    try {
      r.run();
    } catch (ElabError e) {
      diagnostics.add(e.diagnostic);
    } catch (ArithmeticException e) {
      diagnostics.add(Diagnostic.error(where, IssueCodes.DIVISION_BY_ZERO, e.getMessage()));
    }
  }

  private void declare(String name, Val v, EObject at) {
    if (globals.definesLocally(name)) {
      diagnostics.add(Diagnostic.error(at, IssueCodes.DUPLICATE_NAME, "'" + name + "' is already defined"));
    } else {
      globals.bind(name, v);
    }
  }

  private void config(ConfigBlock c, Set<String> unused) {
    Emitter none = new Emitter(null, Map.of());
    for (ConfigEntry e : c.getEntries()) {
      guarded(e, () -> {
        TensorVal v = el.tensor(e.getValue(), globals, none);
        if (!v.isConstant()) throw fail(e.getValue(), IssueCodes.NOT_STATIC, "a config value must be a compile-time constant");
        String o = overrides.get(e.getName());
        if (o != null) {
          unused.remove(e.getName());
          v = override(e, v, o);
        }
        declare(e.getName(), v, e);
        graph.config(e.getName(), v.type().dtype() == DType.I32 ? Long.toString(v.constant().longValue()) : Double.toString(v.constant()));
      });
      poisonIfUndefined(e.getName());
    }
  }

  /** After an error in a definition, its uses abort quietly instead of reporting an unknown name. */
  private void poisonIfUndefined(String name) {
    if (!globals.definesLocally(name)) globals.bind(name, Poison.VALUE);
  }

  private static TensorVal override(ConfigEntry e, TensorVal dflt, String text) {
    try {
      if (dflt.type().dtype() == DType.I32) return Emitter.constant(Integer.parseInt(text.trim()), DType.I32);
      return Emitter.constant(Double.parseDouble(text.trim()), dflt.type().dtype());
    } catch (NumberFormatException ex) {
      throw fail(e, IssueCodes.BAD_CONFIG, "config '" + e.getName() + "' is " + dflt.type()
          + " but the override '" + text + "' is not a number of that type");
    }
  }

  private void weights(WeightsBlock block) {
    Map<String, Weight> bySource = new HashMap<>();
    for (Weight w : block.getWeights()) {
      guarded(w, () -> {
        TensorType t = el.staticType(w.getType(), globals);
        Buffer b = weight(w, w.getSource(), t, bySource);
        declare(w.getName(), Emitter.of(b), w);
      });
      poisonIfUndefined(w.getName());
    }
  }

  /** The buffer of weight {@code w} of type {@code t} bound to {@code source}. */
  private Buffer weight(Weight w, WeightSource source, TensorType t, Map<String, Weight> bySource) {
    return switch (source) {
      case null -> throw fail(w, IssueCodes.UNBOUND_WEIGHT, "weight '" + w.getName() + "' is not bound to a checkpoint tensor");
      case NamedSource n -> {
        bound(bySource, n.getTensor(), w);
        yield graph.weight(w.getName(), t, n.getTensor(), false);
      }
      case StackSource s -> {
        check(w, s, t);
        bound(bySource, s.getPattern(), w);
        yield graph.weight(w.getName(), t, s.getPattern(), true);
      }
      case TiedSource tied -> {
        check(w, tied, t);
        yield graph.tied(w.getName(), t, (Buffer) ((TensorVal) globals.lookup(tied.getTarget())).value());
      }
      // a config flag picks the source, e.g. a head tied to the embedding or stored on its own
      case ChosenSource c -> {
        Val flag = globals.lookup(c.getCondition());
        if (flag == Poison.VALUE) throw new ElabError(null);
        if (flag == null) throw fail(c, IssueCodes.UNKNOWN_NAME, "unknown name '" + c.getCondition() + "'");
        if (!(flag instanceof TensorVal tv) || !tv.isConstant() || tv.type().rank() != 0 || tv.type().dtype() != DType.I32) {
          throw fail(c, IssueCodes.NOT_STATIC, "the condition of a weight source must be an i32 config value, found '"
              + c.getCondition() + "'");
        }
        boolean first = tv.constant() != 0;
        // the branch not taken binds nothing but is checked, so that a typo shows before the flag flips
        check(w, first ? c.getElse() : c.getThen(), t);
        yield weight(w, first ? c.getThen() : c.getElse(), t, bySource);
      }
      default -> throw new IllegalStateException();
    };
  }

  /** The checks {@link #weight} makes of {@code source}, without binding anything. */
  private void check(Weight w, WeightSource source, TensorType t) {
    switch (source) {
      case StackSource s -> {
        if (!s.getPattern().contains("{i}")) throw fail(s, IssueCodes.UNBOUND_WEIGHT, "a stack pattern names the layer index as {i}");
        if (t.rank() < 1) throw fail(w, IssueCodes.SHAPE_MISMATCH, "a stacked weight needs a leading dimension");
      }
      case TiedSource tied -> {
        Val target = globals.lookup(tied.getTarget());
        if (target == Poison.VALUE) throw new ElabError(null);
        if (!(target instanceof TensorVal tv) || !(tv.value() instanceof Buffer)) {
          throw fail(tied, IssueCodes.UNKNOWN_NAME, "no weight named '" + tied.getTarget() + "' to tie to");
        }
        if (!tv.type().equals(t)) {
          throw fail(w, IssueCodes.SHAPE_MISMATCH, "weight '" + w.getName() + "' is " + t + " but tied weight '"
              + tied.getTarget() + "' is " + tv.type());
        }
      }
      case ChosenSource c -> {
        check(w, c.getThen(), t);
        check(w, c.getElse(), t);
      }
      default -> { }
    }
  }

  private static void bound(Map<String, Weight> bySource, String source, Weight w) {
    Weight other = bySource.putIfAbsent(source, w);
    if (other != null) {
      throw fail(w, IssueCodes.DUPLICATE_BINDING, "checkpoint tensor \"" + source + "\" is bound to both '"
          + other.getName() + "' and '" + w.getName() + "'; declare one of them tied to the other");
    }
  }

  /** Checks a function no generate step uses, with its size parameters as symbols. */
  private void checkGenerically(Function f) {
    GraphBuilder scratch = new GraphBuilder("scratch");
    RegionBuilder region = scratch.generate(List.of());
    Env fenv = globals.child();
    Map<String, Value> symbols = new HashMap<>();
    for (SizeParam s : f.getSizes()) {
      fenv.bindSize(s.getName(), DimExpr.symbol(s.getName()));
      symbols.put(s.getName(), region.arg(s.getName(), TensorType.scalar(DType.I32), false));
    }
    Emitter em = new Emitter(region, symbols);
    for (var p : f.getParams()) {
      Val v = new GenericArgs(el, fenv, region).of(p.getType(), p.getName());
      fenv.bind(p.getName(), v);
    }
    el.generic = true;
    try {
      el.inliner.body(f, fenv, em, f);
    } finally {
      el.generic = false;
    }
  }
}
