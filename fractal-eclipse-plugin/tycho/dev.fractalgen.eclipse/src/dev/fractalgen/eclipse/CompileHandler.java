package dev.fractalgen.eclipse;

import dev.fractalgen.dsl.FractalFrontEnd;
import dev.fractalgen.ide.LineMap;
import dev.fractalgen.ide.ModelCompile;
import dev.fractalgen.ide.Problem;
import java.util.List;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * "Compile Model": the open program through the compiler up to its grid schedule; the problems
 * become markers (shown in the Problems view) and the outcome goes to the status line. Returns
 * the outcome ({@link ModelCompile.Result}), which is what a command's caller receives.
 */
public final class CompileHandler extends AbstractHandler {
  @Override
  public Object execute(ExecutionEvent event) {
    if (!(HandlerUtil.getActiveEditor(event) instanceof FractalEditor editor)) return null;
    String text = editor.document().get();
    ModelCompile.Result r = ModelCompile.compile(text, editor.name());
    LineMap lines = new LineMap(text);
    List<Problem> problems = r.problems().stream().map(p -> located(p, lines, text)).toList();
    Markers.replace(editor.file(), Markers.COMPILE, problems);
    editor.getEditorSite().getActionBars().getStatusLineManager().setMessage(r.summary());
    if (!problems.isEmpty()) {
      try {
        editor.getSite().getPage().showView(IPageLayout.ID_PROBLEM_VIEW);
      } catch (PartInitException e) {
        // the markers are there all the same
      }
    }
    return r;
  }

  private static Problem located(FractalFrontEnd.Problem p, LineMap lines, String text) {
    int offset = lines.offset(p.line() - 1, p.column() - 1);
    int end = offset;
    while (end < text.length() && Character.isJavaIdentifierPart(text.charAt(end))) end++;
    return new Problem(offset, Math.max(1, end - offset), p.line(), p.column(), p.error(), p.message(), p.code());
  }
}
