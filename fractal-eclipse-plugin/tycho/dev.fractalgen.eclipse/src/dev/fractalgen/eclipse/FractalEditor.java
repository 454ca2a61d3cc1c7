package dev.fractalgen.eclipse;

import dev.fractalgen.ide.Analysis;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.source.SourceViewerConfiguration;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

/**
 * The editor of model programs: a platform text editor whose language features all come from
 * the editor-independent services of fractal-ide, over the latest analysis of its text.
 */
public class FractalEditor extends TextEditor {
  public static final String ID = "dev.fractalgen.eclipse.editor";

  private volatile Analysis analysis;
  private FractalOutlinePage outline;

  public FractalEditor() {
    setSourceViewerConfiguration(new FractalViewerConfiguration(this));
  }

  @Override
  protected void initializeKeyBindingScopes() {
    setKeyBindingScopes(new String[] {"dev.fractalgen.eclipse.context"});
  }

  /** The file edited, or null for input outside the workspace. */
  public IFile file() {
    return getEditorInput() instanceof IFileEditorInput in ? in.getFile() : null;
  }

  public IDocument document() {
    return getDocumentProvider().getDocument(getEditorInput());
  }

  /** The analysis of the current text: the reconciler's when it is up to date, else made now. */
  public Analysis analysis() {
    Analysis a = analysis;
    IDocument d = document();
    if (d == null) return a == null ? Analysis.of("", name()) : a;
    String text = d.get();
    if (a == null || !a.text().equals(text)) {
      a = Analysis.of(text, name());
      analysis = a;
    }
    return a;
  }

  /** The reconciler's analysis of the text it saw; the outline follows it. */
  void analysed(Analysis a) {
    analysis = a;
    FractalOutlinePage o = outline;
    if (o != null) o.update(a);
  }

  /** Whether the reconciler has analysed the current text (tests wait for it). */
  public boolean isAnalysed() {
    Analysis a = analysis;
    IDocument d = document();
    return a != null && d != null && a.text().equals(d.get());
  }

  String name() {
    IFile f = file();
    return f != null ? f.getName() : getEditorInput() != null ? getEditorInput().getName() : "program.fractal";
  }

  /** The viewer configuration, whose assistants tests call as the viewer does. */
  public SourceViewerConfiguration configuration() {
    return getSourceViewerConfiguration();
  }

  @Override
  public <T> T getAdapter(Class<T> type) {
    if (type == IContentOutlinePage.class) {
      if (outline == null) outline = new FractalOutlinePage(this);
      return type.cast(outline);
    }
    return super.getAdapter(type);
  }

  @Override
  public void dispose() {
    Markers.clear(file(), Markers.PROBLEM);
    super.dispose();
  }
}
