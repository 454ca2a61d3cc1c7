package dev.fractalgen.ide;

import static dev.fractalgen.dsl.fractal.FractalPackage.Literals.*;

import dev.fractalgen.dsl.fractal.ConfigBlock;
import dev.fractalgen.dsl.fractal.Function;
import dev.fractalgen.dsl.fractal.GenerateBlock;
import dev.fractalgen.dsl.fractal.Member;
import dev.fractalgen.dsl.fractal.Program;
import dev.fractalgen.dsl.fractal.WeightsBlock;
import dev.fractalgen.ide.Declaration.Kind;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/** The outline of a program: its config and weights blocks, its functions and its generate block. */
public final class Outline {
  /** An entry: {@code offset}/{@code length} its whole text, {@code nameOffset}/{@code nameLength} the part to select. */
  public record Symbol(String name, Kind kind, String detail, int offset, int length, int nameOffset, int nameLength, List<Symbol> children) {
    public enum Kind { CONFIG, WEIGHTS, FUNCTION, GENERATE, ENTRY, WEIGHT, STATE, STEP }
  }

  private Outline() {}

  public static List<Symbol> of(Analysis a) {
    if (a.program().isEmpty()) return List.of();
    Program p = a.program().get();
    Scopes scopes = new Scopes(a);
    List<Declaration> globals = scopes.globals(p);
    List<Symbol> out = new ArrayList<>();
    for (Member m : p.getMembers()) {
      switch (m) {
        case ConfigBlock c -> out.add(group("config", Symbol.Kind.CONFIG, c, children(globals, c, Symbol.Kind.ENTRY)));
        case WeightsBlock w -> out.add(group("weights", Symbol.Kind.WEIGHTS, w, children(globals, w, Symbol.Kind.WEIGHT)));
        case Function f -> {
          INode name = first(f, FUNCTION__NAME);
          INode all = NodeModelUtils.findActualNodeFor(f);
          out.add(new Symbol(f.getName() == null ? "fn" : f.getName(), Symbol.Kind.FUNCTION, Scopes.signature(f), all.getOffset(), all.getLength(),
              name.getOffset(), name.getLength(), List.of()));
        }
        case GenerateBlock g -> out.add(group("generate", Symbol.Kind.GENERATE, g, generateChildren(g, scopes)));
        default -> {}
      }
    }
    return out;
  }

  private static List<Symbol> children(List<Declaration> globals, EObject block, Symbol.Kind kind) {
    List<Symbol> out = new ArrayList<>();
    for (Declaration d : globals) {
      if (d.element().eContainer() != block) continue;
      INode all = NodeModelUtils.findActualNodeFor(d.element());
      out.add(new Symbol(d.name(), kind, d.detail(), all.getOffset(), all.getLength(), d.offset(), d.length(), List.of()));
    }
    return out;
  }

  private static List<Symbol> generateChildren(GenerateBlock g, Scopes scopes) {
    List<Symbol> out = new ArrayList<>();
    for (Declaration d : scopes.visible(g.getStep() != null ? g.getStep() : g)) {
      if (d.kind() != Kind.STATE && d.kind() != Kind.PROMPT) continue;
      INode all = NodeModelUtils.findActualNodeFor(d.element());
      out.add(new Symbol(d.name(), Symbol.Kind.STATE, d.kind().label + " " + d.detail(), all.getOffset(), all.getLength(), d.offset(), d.length(), List.of()));
    }
    out.sort(java.util.Comparator.comparingInt(Symbol::offset));
    if (g.getStep() != null) {
      INode all = NodeModelUtils.findActualNodeFor(g.getStep());
      out.add(new Symbol("step", Symbol.Kind.STEP, "(" + g.getStep().getToken() + ", " + g.getStep().getPos() + ")", all.getOffset(), all.getLength(),
          all.getOffset(), 4, List.of()));
    }
    return out;
  }

  private static Symbol group(String name, Symbol.Kind kind, EObject e, List<Symbol> children) {
    INode all = NodeModelUtils.findActualNodeFor(e);
    return new Symbol(name, kind, "", all.getOffset(), all.getLength(), all.getOffset(), name.length(), children);
  }

  private static INode first(EObject e, org.eclipse.emf.ecore.EStructuralFeature f) {
    List<INode> n = NodeModelUtils.findNodesForFeature(e, f);
    return n.isEmpty() ? NodeModelUtils.findActualNodeFor(e) : n.get(0);
  }
}
