package dev.fractalgen.dsl.elab;

import static dev.fractalgen.dsl.elab.Elaborator.fail;

import dev.fractalgen.dsl.elab.Elaborator.NextUpdate;
import dev.fractalgen.dsl.elab.Val.TensorVal;
import dev.fractalgen.dsl.fractal.Expr;
import dev.fractalgen.dsl.fractal.GenerateBlock;
import dev.fractalgen.dsl.fractal.IntLit;
import dev.fractalgen.dsl.fractal.NameRef;
import dev.fractalgen.dsl.fractal.Setting;
import dev.fractalgen.dsl.fractal.StateDecl;
import dev.fractalgen.dsl.fractal.TensorLit;
import dev.fractalgen.dsl.fractal.TensorTypeRef;
import dev.fractalgen.etdg.ShapeSymbols;
import dev.fractalgen.etdg.build.GraphBuilder;
import dev.fractalgen.etdg.build.RegionBuilder;
import dev.fractalgen.etdg.model.Buffer;
import dev.fractalgen.etdg.model.DType;
import dev.fractalgen.etdg.model.Growth;
import dev.fractalgen.etdg.model.Value;
import dev.fractalgen.etdg.type.DimExpr;
import dev.fractalgen.etdg.type.TensorType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Lowers the generate block: its states, the step's forward pass, and the explicit loop control
 * (prompt forcing, sampling, EOS and max-token checks) of docs/etdg.md.
 */
final class GenerateLowering {
  private final Elaborator el;
  private final Env globals;
  private final GraphBuilder graph;

  GenerateLowering(Elaborator el, Env globals, GraphBuilder graph) {
    this.el = el;
    this.globals = globals;
    this.graph = graph;
  }

  /** The sampling and stopping rule, each setting with its default. */
  record Rules(double temperature, long topK, double topP, long seed, List<Long> eos, long maxTokens) {}

  void lower(GenerateBlock g) {
    Rules rules = rulesOrDefaults(g);
    checkPrompt(g);
    // A faulty state is left out of the loop and poisons its uses, so that the step is still checked.
    List<StateDecl> decls = new ArrayList<>();
    List<Buffer> states = new ArrayList<>();
    Set<String> faulty = new HashSet<>();
    for (StateDecl s : g.getStates()) {
      try {
        if (globals.lookup(s.getName()) != null || decls.stream().anyMatch(d -> d.getName().equals(s.getName()))) {
          throw fail(s, IssueCodes.DUPLICATE_NAME, "'" + s.getName() + "' is already defined");
        }
        states.add(state(s, rules));
        decls.add(s);
      } catch (ElabError e) {
        el.diagnostics.add(e.diagnostic);
        faulty.add(s.getName());
      }
    }
    Map<String, Buffer> params = new LinkedHashMap<>();
    params.put("temperature", graph.param("temperature", DType.F32, rules.temperature()));
    params.put("top_k", graph.param("top_k", DType.I32, rules.topK()));
    params.put("top_p", graph.param("top_p", DType.F32, rules.topP()));
    params.put("seed_lo", graph.param("seed_lo", DType.I32, (int) rules.seed()));
    params.put("seed_hi", graph.param("seed_hi", DType.I32, (int) (rules.seed() >>> 32)));
    params.put("max_tokens", graph.param("max_tokens", DType.I32, rules.maxTokens()));
    Buffer prompt = graph.sequence("prompt", new TensorType(DType.I32, List.of(DimExpr.symbol(ShapeSymbols.PROMPT_LENGTH))));
    Buffer promptLen = graph.sequence("prompt_len", TensorType.scalar(DType.I32));
    Buffer seq = graph.sequence("seq", TensorType.scalar(DType.I32));

    RegionBuilder step = graph.generate(states);
    List<? extends Value> args = step.region().getArgs();
    Env env = globals.child();
    env.bind(g.getStep().getToken(), Emitter.of(args.get(0)));
    env.bind(g.getStep().getPos(), Emitter.ofSize(args.get(1), DimExpr.symbol(ShapeSymbols.POS)));
    if (g.getPrompt() != null) env.bind(g.getPrompt(), Emitter.of(prompt));
    for (int i = 0; i < states.size(); i++) env.bind(states.get(i).getName(), Emitter.of(args.get(2 + i)));
    for (String f : faulty) if (env.lookup(f) == null) env.bind(f, Poison.VALUE);
    Map<String, Value> symbols = Map.of(ShapeSymbols.POS, args.get(1), ShapeSymbols.PROMPT_LENGTH, promptLen);
    Emitter em = new Emitter(step, symbols);

    Map<String, NextUpdate> nexts = new HashMap<>();
    Val result = el.block(g.getStep().getBody(), env, em, nexts);
    if (result == null) throw fail(g.getStep(), IssueCodes.NOT_A_TENSOR, "the step must return the logits");
    TensorVal logits = Elaborator.asTensor(result, g.getStep().getBody().getResult());
    if (logits.type().rank() != 1) {
      throw fail(g.getStep().getBody().getResult(), IssueCodes.SHAPE_MISMATCH, "the step returns logits as f32[vocab], found " + logits.type());
    }
    if (logits.type().dtype() != DType.F32) {
      throw fail(g.getStep().getBody().getResult(), IssueCodes.DTYPE_MISMATCH, "the step returns logits as f32[vocab], found " + logits.type());
    }
    boolean ok = faulty.isEmpty();
    List<Value> updates = new ArrayList<>();
    for (int i = 0; i < states.size(); i++) {
      try {
        updates.add(update(decls.get(i), states.get(i), nexts, em));
      } catch (ElabError e) {
        el.diagnostics.add(e.diagnostic);
        ok = false;
      }
    }
    for (String n : nexts.keySet()) {
      if (g.getStates().stream().noneMatch(s -> s.getName().equals(n))) {
        el.diagnostics.add(Diagnostic.error(nexts.get(n).where(), IssueCodes.UNKNOWN_NAME, "no state named '" + n + "'"));
        ok = false;
      }
    }
    if (!ok) throw new ElabError(null);
    Value logitsValue = em.materialize(logits, g.getStep());
    warnEosOutsideVocabulary(g, TensorType.of(logitsValue));
    new LoopControl(step).emit(logitsValue, args.get(0), args.get(1), params, prompt, promptLen, seq, rules.eos(), updates);
  }

  /**
   * An eos id the model cannot produce (outside its logits) ends no sequence: legal, as a program
   * may be configured to a smaller vocabulary than its tokenizer's, but worth a located warning.
   */
  private void warnEosOutsideVocabulary(GenerateBlock g, TensorType logits) {
    if (g.getStop() == null || logits.shape().stream().anyMatch(d -> !d.isConstant())) return;
    long vocab = logits.shape().stream().mapToLong(DimExpr::constant).reduce(1, (a, b) -> a * b);
    for (Setting s : g.getStop().getSettings()) {
      if (!s.getName().equals("eos")) continue;
      for (Expr e : eosElements(s)) {
        if (e instanceof IntLit i && (i.getValue() < 0 || i.getValue() >= vocab)) {
          el.diagnostics.add(new Diagnostic(Diagnostic.Severity.WARNING, e, IssueCodes.EOS_OUTSIDE_VOCABULARY,
              "eos id " + i.getValue() + " is outside the vocabulary of " + vocab + " tokens: it never ends a sequence"));
        }
      }
    }
  }

  private Buffer state(StateDecl s, Rules rules) {
    TensorType t = el.staticType(s.getType(), globals);
    if (!s.isAppend()) return graph.state(s.getName(), t, Growth.REPLACE, 0);
    DimExpr cap = el.dim(s.getCapacity(), globals);
    if (!cap.isConstant() || cap.constant() < 1) throw fail(s.getCapacity(), IssueCodes.NOT_STATIC, "a capacity must be a positive constant");
    // a prompt of P >= 1 tokens and max_tokens new ones need P + max_tokens - 1 positions
    if (cap.constant() < rules.maxTokens()) {
      throw fail(s.getCapacity(), IssueCodes.CAPACITY_TOO_SMALL, "capacity " + cap.constant() + " of state '" + s.getName()
          + "' is smaller than max_tokens (" + rules.maxTokens() + ") plus a prompt of at least one token, minus one");
    }
    return graph.state(s.getName(), t, Growth.APPEND, cap.constant());
  }

  private Value update(StateDecl decl, Buffer s, Map<String, NextUpdate> nexts, Emitter em) {
    NextUpdate u = nexts.get(decl.getName());
    if (u == null) throw fail(decl, IssueCodes.STATE_UPDATE, "state '" + decl.getName() + "' has no 'next' value in the step");
    TensorVal v = Elaborator.asTensor(u.value(), u.where());
    TensorType want = TensorType.of(s);
    if (!v.type().equals(want) && !(v.isConstant() && want.isScalar())) {
      throw fail(u.where(), IssueCodes.STATE_UPDATE, "the next " + (decl.isAppend() ? "row of" : "value of") + " state '"
          + decl.getName() + "' must be " + want + ", found " + v.type());
    }
    return em.materialize(Emitter.withDtype(v, want.dtype()), u.where());
  }

  /** The rules, or after an error in them (reported here) the defaults, so that the step is still checked. */
  private Rules rulesOrDefaults(GenerateBlock g) {
    try {
      return rules(g);
    } catch (ElabError e) {
      el.diagnostics.add(e.diagnostic);
      // max_tokens 0: no capacity is reported too small for want of a known max_tokens
      return new Rules(1.0, 0, 1.0, 0, List.of(), 0);
    }
  }

  /** The prompt is the ETDG's sequence input {@code prompt : i32[P]}; a declaration must say so. */
  private void checkPrompt(GenerateBlock g) {
    TensorTypeRef t = g.getPromptType();
    if (t == null) return;
    String found = NodeModelUtils.getTokenText(NodeModelUtils.findActualNodeFor(t));
    if (t.getDtype() != dev.fractalgen.dsl.fractal.DType.I32) {
      el.diagnostics.add(Diagnostic.error(t, IssueCodes.DTYPE_MISMATCH, "a prompt is i32[P], found " + found));
    } else if (t.getDims().size() != 1 || !(t.getDims().get(0) instanceof NameRef n) || !n.getName().equals("P")) {
      el.diagnostics.add(Diagnostic.error(t, IssueCodes.SHAPE_MISMATCH, "a prompt is i32[P], its length the run-time size P"));
    }
  }

  private Rules rules(GenerateBlock g) {
    Map<String, Setting> sample = settings(g.getSample() == null ? List.of() : g.getSample().getSettings(), List.of("temperature", "top_k", "top_p", "seed"));
    Map<String, Setting> stop = settings(g.getStop() == null ? List.of() : g.getStop().getSettings(), List.of("eos", "max_tokens"));
    if (stop.isEmpty()) {
      throw fail(g.getStop() == null ? g : g.getStop(), IssueCodes.MISSING_STOP_RULE,
          "a generate block needs a stopping rule: stop { eos = [...] max_tokens = N }");
    }
    double temperature = number(sample.get("temperature"), 1.0, false);
    long topK = (long) number(sample.get("top_k"), 0, true);
    double topP = number(sample.get("top_p"), 1.0, false);
    long seed = (long) number(sample.get("seed"), 0, true);
    if (temperature < 0) throw fail(sample.get("temperature"), IssueCodes.BAD_SETTING, "temperature must be >= 0, found " + temperature);
    if (topK < 0) throw fail(sample.get("top_k"), IssueCodes.BAD_SETTING, "top_k must be >= 0 (0 turns it off), found " + topK);
    if (!(topP > 0 && topP <= 1)) throw fail(sample.get("top_p"), IssueCodes.BAD_SETTING, "top_p must be in (0, 1], found " + topP);
    List<Long> eos = eos(stop.get("eos"));
    long max = (long) number(stop.get("max_tokens"), -1, true);
    if (stop.get("max_tokens") == null) {
      throw fail(g.getStop(), IssueCodes.MISSING_STOP_RULE, "the stopping rule needs max_tokens: the loop must end even without EOS");
    }
    if (max < 1) throw fail(stop.get("max_tokens"), IssueCodes.BAD_SETTING, "max_tokens must be at least 1, found " + max);
    return new Rules(temperature, topK, topP, seed, eos, max);
  }

  private static Map<String, Setting> settings(List<Setting> list, List<String> allowed) {
    Map<String, Setting> m = new HashMap<>();
    for (Setting s : list) {
      if (!allowed.contains(s.getName())) throw fail(s, IssueCodes.BAD_SETTING, "unknown setting '" + s.getName() + "'; expected one of " + allowed);
      if (m.put(s.getName(), s) != null) throw fail(s, IssueCodes.BAD_SETTING, "'" + s.getName() + "' is set twice");
    }
    return m;
  }

  private double number(Setting s, double dflt, boolean integer) {
    if (s == null) return dflt;
    TensorVal v = el.tensor(s.getValue(), globals, new Emitter(null, Map.of()));
    if (!v.isConstant() || !v.type().isScalar()) throw fail(s.getValue(), IssueCodes.BAD_SETTING, "'" + s.getName() + "' must be a constant number");
    if (integer && v.type().dtype() != DType.I32) {
      throw fail(s.getValue(), IssueCodes.BAD_SETTING, "'" + s.getName() + "' must be an integer, found " + v.type());
    }
    return v.constant();
  }

  private static List<Long> eos(Setting s) {
    List<Long> ids = new ArrayList<>();
    if (s == null) return ids;
    for (Expr e : eosElements(s)) {
      if (!(e instanceof IntLit i)) throw fail(e, IssueCodes.BAD_SETTING, "eos lists token ids as integer literals");
      ids.add((long) i.getValue());
    }
    return ids;
  }

  /** The ids an eos setting lists: {@code eos = [1, 2]} or {@code eos = 1}. */
  private static List<Expr> eosElements(Setting s) {
    return s.getValue() instanceof TensorLit t ? t.getElements() : List.of(s.getValue());
  }
}
