package dev.fractalgen.eclipse;

import dev.fractalgen.ide.Problem;
import dev.fractalgen.ide.QuickFixes;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

/** Quick fixes (Ctrl+1 on a problem): the nearest name for an unknown one, a source for an unbound weight. */
public final class FractalMarkerResolutions implements IMarkerResolutionGenerator2 {
  @Override
  public boolean hasResolutions(IMarker marker) {
    return getResolutions(marker).length > 0;
  }

  @Override
  public IMarkerResolution[] getResolutions(IMarker marker) {
    FractalEditor editor = editorOf(marker);
    if (editor == null) return new IMarkerResolution[0];
    Problem p = problem(marker);
    return QuickFixes.of(p, editor.document().get()).stream().map(f -> resolution(editor, f)).toArray(IMarkerResolution[]::new);
  }

  private static IMarkerResolution resolution(FractalEditor editor, QuickFixes.Fix fix) {
    return new IMarkerResolution() {
      @Override
      public String getLabel() {
        return fix.title();
      }

      @Override
      public void run(IMarker marker) {
        IDocument d = editor.document();
        try {
          d.replace(fix.offset(), fix.length(), fix.replacement());
        } catch (BadLocationException e) {
          // the text changed since the marker was made: the next analysis marks it again
        }
      }
    };
  }

  /** The marker as the services' problem; the message without the " [code]" the marker shows. */
  private static Problem problem(IMarker m) {
    String code = m.getAttribute(Markers.CODE, "");
    String message = m.getAttribute(IMarker.MESSAGE, "");
    String suffix = " [" + code + "]";
    if (message.endsWith(suffix)) message = message.substring(0, message.length() - suffix.length());
    int start = m.getAttribute(IMarker.CHAR_START, 0);
    int end = m.getAttribute(IMarker.CHAR_END, start);
    return new Problem(start, end - start, m.getAttribute(IMarker.LINE_NUMBER, 1), 1,
        m.getAttribute(IMarker.SEVERITY, IMarker.SEVERITY_ERROR) == IMarker.SEVERITY_ERROR, message, code);
  }

  private static FractalEditor editorOf(IMarker m) {
    if (!(m.getResource() instanceof IFile f) || PlatformUI.getWorkbench().getActiveWorkbenchWindow() == null) return null;
    try {
      IEditorPart part = IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), f, false);
      return part instanceof FractalEditor e ? e : null;
    } catch (PartInitException e) {
      return null;
    }
  }
}
