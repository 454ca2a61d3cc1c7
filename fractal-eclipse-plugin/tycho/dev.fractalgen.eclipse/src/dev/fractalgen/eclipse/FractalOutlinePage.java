package dev.fractalgen.eclipse;

import dev.fractalgen.ide.Analysis;
import dev.fractalgen.ide.Outline;
import java.util.List;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

/** The outline: config and weights blocks with their entries, the functions, and the generate block. */
final class FractalOutlinePage extends ContentOutlinePage {
  private final FractalEditor editor;

  FractalOutlinePage(FractalEditor editor) {
    this.editor = editor;
  }

  @Override
  public void createControl(Composite parent) {
    super.createControl(parent);
    TreeViewer v = getTreeViewer();
    v.setContentProvider(new ITreeContentProvider() {
      @Override
      public Object[] getElements(Object input) {
        return ((List<?>) input).toArray();
      }

      @Override
      public Object[] getChildren(Object e) {
        return ((Outline.Symbol) e).children().toArray();
      }

      @Override
      public Object getParent(Object e) {
        return null;
      }

      @Override
      public boolean hasChildren(Object e) {
        return !((Outline.Symbol) e).children().isEmpty();
      }
    });
    v.setLabelProvider(new LabelProvider() {
      @Override
      public String getText(Object e) {
        Outline.Symbol s = (Outline.Symbol) e;
        return s.detail().isEmpty() || s.kind() == Outline.Symbol.Kind.FUNCTION ? s.name() : s.name() + " : " + s.detail();
      }
    });
    v.addSelectionChangedListener(event -> {
      if (event.getSelection() instanceof IStructuredSelection sel && sel.getFirstElement() instanceof Outline.Symbol s) {
        editor.selectAndReveal(s.nameOffset(), s.nameLength());
      }
    });
    v.setInput(Outline.of(editor.analysis()));
  }

  /** Shows {@code a}'s outline (called from the reconciler's thread). */
  void update(Analysis a) {
    List<Outline.Symbol> symbols = Outline.of(a);
    Display.getDefault().asyncExec(() -> {
      TreeViewer v = getTreeViewer();
      if (v != null && !v.getControl().isDisposed()) v.setInput(symbols);
    });
  }
}
