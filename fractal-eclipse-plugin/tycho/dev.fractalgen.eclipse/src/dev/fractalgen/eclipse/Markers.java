package dev.fractalgen.eclipse;

import dev.fractalgen.ide.Problem;
import java.util.List;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;

/** Problems as the workbench shows them: markers on the file, each with its issue code. */
public final class Markers {
  /** Problems found while editing (replaced on every analysis). */
  public static final String PROBLEM = "dev.fractalgen.eclipse.problem";
  /** Problems found by the compile command (replaced on every compile). */
  public static final String COMPILE = "dev.fractalgen.eclipse.compileproblem";
  /** The marker attribute holding the issue code (e.g. unknown-name). */
  public static final String CODE = "code";

  private Markers() {}

  static void replace(IFile file, String type, List<Problem> problems) {
    if (file == null || !file.exists()) return;
    try {
      file.getWorkspace().run(monitor -> {
        file.deleteMarkers(type, false, IResource.DEPTH_ZERO);
        for (Problem p : problems) {
          IMarker m = file.createMarker(type);
          m.setAttribute(IMarker.MESSAGE, p.message() + " [" + p.code() + "]");
          m.setAttribute(IMarker.SEVERITY, p.error() ? IMarker.SEVERITY_ERROR : IMarker.SEVERITY_WARNING);
          m.setAttribute(IMarker.LINE_NUMBER, p.line());
          m.setAttribute(IMarker.CHAR_START, p.offset());
          m.setAttribute(IMarker.CHAR_END, p.offset() + Math.max(1, p.length()));
          m.setAttribute(CODE, p.code());
        }
      }, file, IWorkspace.AVOID_UPDATE, null);
    } catch (CoreException e) {
      ILog.of(Markers.class).error("cannot update the problem markers of " + file, e);
    }
  }

  static void clear(IFile file, String type) {
    replace(file, type, List.of());
  }
}
