package dev.fractalgen.ide;

import dev.fractalgen.dsl.FractalFrontEnd;
import dev.fractalgen.dsl.SourceLimits;
import dev.fractalgen.dsl.elab.Diagnostic;
import dev.fractalgen.dsl.elab.IssueCodes;
import dev.fractalgen.dsl.elab.Locations;
import dev.fractalgen.dsl.elab.ProgramLowering;
import dev.fractalgen.dsl.fractal.Expr;
import dev.fractalgen.dsl.fractal.Program;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.AbstractDiagnostic;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * One version of an edited program, analysed once: its syntax tree (kept even when the text does
 * not parse, as far as the parser recovered), its problems, and the type elaboration inferred for
 * each expression. The problems are exactly those {@code fractal check} prints.
 */
public final class Analysis {
  private final String text;
  private final LineMap lines;
  private final Program program;
  private final List<Problem> problems;
  private final Map<EObject, Set<String>> types;

  private Analysis(String text, Program program, List<Problem> problems, Map<EObject, Set<String>> types) {
    this.text = text;
    this.lines = new LineMap(text);
    this.program = program;
    this.problems = problems;
    this.types = types;
  }

  /** Analyses {@code text}; {@code name} names the file (its extension need not be .fractal). */
  public static Analysis of(String text, String name) {
    Optional<FractalFrontEnd.Problem> limit = SourceLimits.check(text, name);
    if (limit.isPresent()) {
      // where the limit is passed (the bracket past the deepest allowed, say), as the command line says
      FractalFrontEnd.Problem p = limit.get();
      int at = new LineMap(text).offset(p.line() - 1, p.column() - 1);
      return new Analysis(text, null, List.of(new Problem(at, Math.min(1, text.length() - at), p.line(), p.column(), true, p.message(), p.code())),
          Map.of());
    }
    return SourceLimits.onLargeStack(() -> analyse(text, name), () -> {
      FractalFrontEnd.Problem p = FractalFrontEnd.tooDeep(name);
      return new Analysis(text, null, List.of(new Problem(0, Math.min(1, text.length()), p.line(), p.column(), true, p.message(), p.code())),
          Map.of());
    });
  }

  private static Analysis analyse(String text, String name) {
    FractalFrontEnd.Parsed parsed = Language.frontEnd().parse(text, name);
    Program p = parsed.program();
    List<Problem> problems = new ArrayList<>();
    Map<EObject, Set<String>> types = new IdentityHashMap<>();
    // as the command line: the parser's first error only, and no elaboration of a broken tree
    if (parsed.syntaxError().isPresent()) {
      problems.add(syntaxProblem(parsed.syntaxError().get(), text));
    } else if (p != null) {
      ProgramLowering.Result lowered = ProgramLowering.lower(p, Map.of(),
          (Expr e, String type) -> types.computeIfAbsent(e, k -> new LinkedHashSet<>()).add(type));
      for (Diagnostic d : lowered.diagnostics()) problems.add(problem(d));
      problems.sort(Comparator.comparingInt(Problem::offset));
    }
    return new Analysis(text, p, List.copyOf(problems), types);
  }

  private static Problem syntaxProblem(Resource.Diagnostic d, String text) {
    int offset = d instanceof AbstractDiagnostic a ? Math.max(0, a.getOffset()) : 0;
    int length = d instanceof AbstractDiagnostic a ? Math.max(0, a.getLength()) : 0;
    return new Problem(Math.min(offset, text.length()), length, d.getLine(), d.getColumn(), true, d.getMessage(), IssueCodes.SYNTAX);
  }

  private static Problem problem(Diagnostic d) {
    int[] at = Locations.of(d.where());
    ICompositeNode n = d.where() == null ? null : NodeModelUtils.findActualNodeFor(d.where());
    if (d.where() instanceof Program p) {
      // the whole file would be marked; its name says the same
      List<INode> name = NodeModelUtils.findNodesForFeature(p, dev.fractalgen.dsl.fractal.FractalPackage.Literals.PROGRAM__NAME);
      if (!name.isEmpty()) return new Problem(name.get(0).getOffset(), name.get(0).getLength(), at[0], at[1], isError(d), d.message(), d.code());
    }
    int offset = n == null ? 0 : n.getOffset();
    int length = n == null ? 0 : n.getLength();
    return new Problem(offset, length, at[0], at[1], isError(d), d.message(), d.code());
  }

  private static boolean isError(Diagnostic d) {
    return d.severity() == Diagnostic.Severity.ERROR;
  }

  public String text() {
    return text;
  }

  public LineMap lines() {
    return lines;
  }

  /** The syntax tree, or empty when nothing parsed (or the text is past the front end's limits). */
  public Optional<Program> program() {
    return Optional.ofNullable(program);
  }

  public List<Problem> problems() {
    return problems;
  }

  public boolean hasErrors() {
    return problems.stream().anyMatch(Problem::error);
  }

  /** What elaboration inferred for {@code e}: one entry per distinct type (a function used at two sizes has two). */
  public Set<String> typesOf(EObject e) {
    return types.getOrDefault(e, Set.of());
  }

  /** The leaf of the syntax tree that covers {@code offset} (or ends right before it), if any. */
  public Optional<ILeafNode> leafAt(int offset) {
    if (program == null) return Optional.empty();
    ICompositeNode root = NodeModelUtils.getNode(program).getRootNode();
    ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(root, offset);
    if ((leaf == null || leaf.isHidden()) && offset > 0) {
      ILeafNode before = NodeModelUtils.findLeafNodeAtOffset(root, offset - 1);
      if (before != null && !before.isHidden()) leaf = before;
    }
    return Optional.ofNullable(leaf);
  }

  /** The innermost element of the syntax tree whose text covers {@code offset}. */
  public Optional<EObject> elementAt(int offset) {
    return leafAt(offset).map(NodeModelUtils::findActualSemanticObjectFor);
  }
}
