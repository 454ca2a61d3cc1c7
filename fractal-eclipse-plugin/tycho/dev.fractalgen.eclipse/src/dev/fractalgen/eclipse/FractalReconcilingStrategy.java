package dev.fractalgen.eclipse;

import dev.fractalgen.ide.Analysis;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;

/** After each pause in typing: analyses the text, then updates the problem markers and the outline. */
final class FractalReconcilingStrategy implements IReconcilingStrategy, IReconcilingStrategyExtension {
  private final FractalEditor editor;
  private IDocument document;

  FractalReconcilingStrategy(FractalEditor editor) {
    this.editor = editor;
  }

  @Override
  public void setDocument(IDocument document) {
    this.document = document;
  }

  @Override
  public void setProgressMonitor(IProgressMonitor monitor) {}

  // without it the first analysis waits for the first edit
  @Override
  public void initialReconcile() {
    reconcile();
  }

  @Override
  public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
    reconcile();
  }

  @Override
  public void reconcile(IRegion partition) {
    reconcile();
  }

  private void reconcile() {
    if (document == null) return;
    Analysis a = Analysis.of(document.get(), editor.name());
    Markers.replace(editor.file(), Markers.PROBLEM, a.problems());
    editor.analysed(a);
  }
}
