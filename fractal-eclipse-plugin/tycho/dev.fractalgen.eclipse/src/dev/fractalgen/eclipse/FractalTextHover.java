package dev.fractalgen.eclipse;

import dev.fractalgen.ide.Navigation;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;

/** Hover: the kind and inferred dtype and shape of the name or expression under the mouse. */
final class FractalTextHover implements ITextHover {
  private final FractalEditor editor;

  FractalTextHover(FractalEditor editor) {
    this.editor = editor;
  }

  @Override
  public String getHoverInfo(ITextViewer viewer, IRegion region) {
    // the services write Markdown code spans; the plain-text hover shows them without backticks
    return new Navigation(editor.analysis()).hover(region.getOffset()).map(h -> h.text().replace("`", "")).orElse(null);
  }

  @Override
  public IRegion getHoverRegion(ITextViewer viewer, int offset) {
    return new Region(offset, 0);
  }
}
