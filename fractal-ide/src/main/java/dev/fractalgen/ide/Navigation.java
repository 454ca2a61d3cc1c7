package dev.fractalgen.ide;

import dev.fractalgen.dsl.fractal.Call;
import dev.fractalgen.dsl.fractal.ChosenSource;
import dev.fractalgen.dsl.fractal.Expr;
import dev.fractalgen.dsl.fractal.NameRef;
import dev.fractalgen.dsl.fractal.TiedSource;
import java.util.Optional;
import java.util.Set;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/** Go to definition and hover: what the name at an offset declares or refers to, and its inferred type. */
public final class Navigation {
  /** A hover: its text (Markdown) and the range it is about. */
  public record Hover(String text, int offset, int length) {}

  private final Analysis analysis;
  private final Scopes scopes;

  public Navigation(Analysis analysis) {
    this.analysis = analysis;
    this.scopes = new Scopes(analysis);
  }

  /** The declaration of the name at {@code offset}, which may be that declaration itself. */
  public Optional<Declaration> definition(int offset) {
    Optional<ILeafNode> leaf = analysis.leafAt(offset);
    if (leaf.isEmpty()) return Optional.empty();
    String word = leaf.get().getText();
    EObject e = NodeModelUtils.findActualSemanticObjectFor(leaf.get());
    if (e == null) return Optional.empty();
    Optional<Declaration> own = scopes.declaredBy(e).stream().filter(d -> d.offset() == leaf.get().getOffset()).findFirst();
    if (own.isPresent()) return own;
    return switch (e) {
      case NameRef n when word.equals(n.getName()) -> scopes.resolve(n.getName(), n);
      case Call c when word.equals(c.getName()) -> scopes.resolve(c.getName(), c);
      case TiedSource t when word.equals(t.getTarget()) -> scopes.resolve(t.getTarget(), t);
      case ChosenSource c when word.equals(c.getCondition()) -> scopes.resolve(c.getCondition(), c);
      default -> Optional.empty();
    };
  }

  /** Hover text at {@code offset}: a name's kind and type, or the type elaboration inferred for the expression there. */
  public Optional<Hover> hover(int offset) {
    Optional<ILeafNode> leaf = analysis.leafAt(offset);
    if (leaf.isEmpty()) return Optional.empty();
    EObject e = NodeModelUtils.findActualSemanticObjectFor(leaf.get());
    Optional<Declaration> d = definition(offset);
    if (d.isPresent()) {
      Set<String> here = e instanceof Expr x && !(e instanceof Call) ? analysis.typesOf(x) : Set.of();
      String type = here.isEmpty() ? d.get().detail() : String.join(" or ", here);
      String text = "`" + d.get().kind().label + " " + d.get().name() + (type.isEmpty() ? "" : ": " + type) + "`";
      return Optional.of(new Hover(text, leaf.get().getOffset(), leaf.get().getLength()));
    }
    for (EObject x = e; x != null; x = x.eContainer()) {
      Set<String> types = analysis.typesOf(x);
      if (x instanceof Expr && !types.isEmpty()) {
        INode n = NodeModelUtils.findActualNodeFor(x);
        String source = NodeModelUtils.getTokenText(n);
        if (source.length() > 60) source = source.substring(0, 57) + "...";
        return Optional.of(new Hover("`" + source + "`: `" + String.join("` or `", types) + "`", n.getOffset(), n.getLength()));
      }
    }
    return Optional.empty();
  }
}
