package dev.fractalgen.ide;

import static dev.fractalgen.dsl.fractal.FractalPackage.Literals.*;

import dev.fractalgen.dsl.fractal.Block;
import dev.fractalgen.dsl.fractal.ConfigBlock;
import dev.fractalgen.dsl.fractal.ConfigEntry;
import dev.fractalgen.dsl.fractal.Expr;
import dev.fractalgen.dsl.fractal.Function;
import dev.fractalgen.dsl.fractal.GenerateBlock;
import dev.fractalgen.dsl.fractal.Lambda;
import dev.fractalgen.dsl.fractal.Let;
import dev.fractalgen.dsl.fractal.Member;
import dev.fractalgen.dsl.fractal.Param;
import dev.fractalgen.dsl.fractal.Program;
import dev.fractalgen.dsl.fractal.SizeParam;
import dev.fractalgen.dsl.fractal.StateDecl;
import dev.fractalgen.dsl.fractal.Statement;
import dev.fractalgen.dsl.fractal.StepDecl;
import dev.fractalgen.dsl.fractal.TensorTypeRef;
import dev.fractalgen.dsl.fractal.TypeRef;
import dev.fractalgen.dsl.fractal.Weight;
import dev.fractalgen.dsl.fractal.WeightsBlock;
import dev.fractalgen.ide.Declaration.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * The language's lexical scopes, read off the syntax tree: what a name at some element refers
 * to, and every name visible there. Mirrors elaboration: a block's let is visible after its
 * statement, parameters inside their function or lambda, configs, weights and functions
 * everywhere.
 */
public final class Scopes {
  private final Analysis analysis;

  public Scopes(Analysis analysis) {
    this.analysis = analysis;
  }

  /** The declaration {@code name} refers to when written at {@code at}. */
  public Optional<Declaration> resolve(String name, EObject at) {
    return visible(at).stream().filter(d -> d.name().equals(name)).findFirst();
  }

  /** Every name visible at {@code at}, innermost first (an inner name hides an outer one). */
  public List<Declaration> visible(EObject at) {
    List<Declaration> out = new ArrayList<>();
    EObject child = at;
    for (EObject c = at == null ? null : at.eContainer(); c != null; child = c, c = c.eContainer()) {
      switch (c) {
        case Block b -> {
          List<Statement> before = new ArrayList<>();
          for (Statement s : b.getStatements()) {
            if (s == child) break;
            before.add(s);
          }
          for (int i = before.size() - 1; i >= 0; i--) out.addAll(declaredBy(before.get(i)));
        }
        case Lambda l -> out.addAll(declaredBy(l));
        case Function f -> {
          for (Param p : f.getParams()) out.addAll(declaredBy(p));
          for (SizeParam z : f.getSizes()) out.addAll(declaredBy(z));
        }
        case StepDecl s -> out.addAll(declaredBy(s));
        case GenerateBlock g -> {
          for (StateDecl s : g.getStates()) out.addAll(declaredBy(s));
          out.addAll(declaredBy(g));
        }
        case Program p -> out.addAll(globals(p));
        default -> {}
      }
    }
    if (at instanceof Program p) out.addAll(globals(p));
    return out;
  }

  /** The names {@code e} itself declares (a let's names, a function's name, a weight...). */
  public List<Declaration> declaredBy(EObject e) {
    List<Declaration> out = new ArrayList<>();
    switch (e) {
      case Let l -> lets(l, out);
      case ConfigEntry c -> out.add(decl(c.getName(), Kind.CONFIG, c, CONFIG_ENTRY__NAME, 0, valueType(c.getValue())));
      case Weight w -> out.add(decl(w.getName(), Kind.WEIGHT, w, WEIGHT__NAME, 0, typeText(w.getType())));
      case Function f -> out.add(decl(f.getName(), Kind.FUNCTION, f, FUNCTION__NAME, 0, signature(f)));
      case Param p -> out.add(decl(p.getName(), Kind.PARAMETER, p, PARAM__NAME, 0, source(p.getType())));
      case SizeParam s -> out.add(decl(s.getName(), Kind.SIZE, s, SIZE_PARAM__NAME, 0, "i32 (a size)"));
      case StateDecl s -> out.add(decl(s.getName(), Kind.STATE, s, STATE_DECL__NAME, 0, typeText(s.getType())));
      case Lambda l -> {
        for (int i = 0; i < l.getParams().size(); i++) out.add(decl(l.getParams().get(i), Kind.LAMBDA_PARAMETER, l, LAMBDA__PARAMS, i, ""));
      }
      case StepDecl s -> {
        out.add(decl(s.getToken(), Kind.STEP, s, STEP_DECL__TOKEN, 0, "i32 (the current token)"));
        out.add(decl(s.getPos(), Kind.STEP, s, STEP_DECL__POS, 0, "i32 (the current position)"));
      }
      case GenerateBlock g when g.getPrompt() != null -> out.add(decl(g.getPrompt(), Kind.PROMPT, g, GENERATE_BLOCK__PROMPT, 0, typeText(g.getPromptType())));
      default -> {}
    }
    return out;
  }

  /** Configs, weights and functions of {@code p}, in the order written. */
  public List<Declaration> globals(Program p) {
    List<Declaration> out = new ArrayList<>();
    for (Member m : p.getMembers()) {
      switch (m) {
        case ConfigBlock c -> c.getEntries().forEach(e -> out.addAll(declaredBy(e)));
        case WeightsBlock w -> w.getWeights().forEach(x -> out.addAll(declaredBy(x)));
        case Function f -> out.addAll(declaredBy(f));
        default -> {}
      }
    }
    return out;
  }

  private void lets(Let l, List<Declaration> out) {
    String type = l.getType() != null ? source(l.getType()) : valueType(l.getValue());
    for (int i = l.getNames().size() - 1; i >= 0; i--) out.add(decl(l.getNames().get(i), Kind.LET, l, LET__NAMES, i, type));
  }

  private Declaration decl(String name, Kind kind, EObject element, EStructuralFeature feature, int index, String detail) {
    List<INode> nodes = NodeModelUtils.findNodesForFeature(element, feature);
    INode n = index < nodes.size() ? nodes.get(index) : NodeModelUtils.findActualNodeFor(element);
    return new Declaration(name, kind, element, n == null ? 0 : n.getOffset(), n == null ? 0 : n.getLength(), detail);
  }

  /** What elaboration inferred for {@code e}, several types joined with " or ". */
  String valueType(Expr e) {
    return e == null ? "" : String.join(" or ", analysis.typesOf(e));
  }

  /** A tensor type with its dimensions as elaboration computed them: f32[32000, 288]. */
  String typeText(TensorTypeRef t) {
    if (t == null) return "";
    if (!t.isShaped()) return t.getDtype().getLiteral();
    List<String> dims = new ArrayList<>();
    for (Expr d : t.getDims()) {
      String v = analysis.typesOf(d).stream().findFirst().orElse("");
      int eq = v.indexOf(" = ");
      dims.add(analysis.typesOf(d).size() == 1 && eq >= 0 ? v.substring(eq + 3) : source(d));
    }
    return t.getDtype().getLiteral() + "[" + String.join(", ", dims) + "]";
  }

  /** A function's header as written, without its body. */
  static String signature(Function f) {
    String all = source(f);
    INode body = NodeModelUtils.findActualNodeFor(f.getBody());
    INode whole = NodeModelUtils.findActualNodeFor(f);
    if (body == null || whole == null) return all;
    return all.substring(0, Math.max(0, Math.min(all.length(), body.getOffset() - whole.getOffset()))).strip().replaceAll("\\s+", " ");
  }

  static String source(EObject e) {
    INode n = e == null ? null : NodeModelUtils.findActualNodeFor(e);
    return n == null ? "" : NodeModelUtils.getTokenText(n);
  }

  static String source(TypeRef t) {
    return source((EObject) t);
  }
}
