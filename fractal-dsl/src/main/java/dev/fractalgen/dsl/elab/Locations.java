package dev.fractalgen.dsl.elab;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/** Where an element of a parsed program starts in its text: 1-based line and column. */
public final class Locations {
  private Locations() {}

  /** {line, column}; {1, 1} for an element without text (one made by the front end itself). */
  public static int[] of(EObject e) {
    ICompositeNode n = e == null ? null : NodeModelUtils.findActualNodeFor(e);
    if (n == null) return new int[] {1, 1};
    String text = n.getRootNode().getText();
    int off = n.getOffset();
    int nl = text.lastIndexOf('\n', off - 1);
    return new int[] {n.getStartLine(), off - nl};
  }

  static String lineColumn(EObject e) {
    int[] at = of(e);
    return at[0] + ":" + at[1];
  }
}
