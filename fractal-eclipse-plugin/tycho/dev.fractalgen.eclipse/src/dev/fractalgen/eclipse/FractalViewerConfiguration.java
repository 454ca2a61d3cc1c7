package dev.fractalgen.eclipse;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.contentassist.ContentAssistant;
import org.eclipse.jface.text.contentassist.IContentAssistant;
import org.eclipse.jface.text.hyperlink.IHyperlinkDetector;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.quickassist.IQuickAssistAssistant;
import org.eclipse.jface.text.quickassist.QuickAssistAssistant;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.editors.text.TextSourceViewerConfiguration;

/** Wires the language's services into the viewer: colours, reconciling, content assist, quick fixes, hover and hyperlinks. */
final class FractalViewerConfiguration extends TextSourceViewerConfiguration {
  private final FractalEditor editor;

  FractalViewerConfiguration(FractalEditor editor) {
    super(EditorsUI.getPreferenceStore());
    this.editor = editor;
  }

  @Override
  public IPresentationReconciler getPresentationReconciler(ISourceViewer viewer) {
    PresentationReconciler r = new PresentationReconciler();
    FractalDamagerRepairer dr = new FractalDamagerRepairer();
    r.setDamager(dr, IDocument.DEFAULT_CONTENT_TYPE);
    r.setRepairer(dr, IDocument.DEFAULT_CONTENT_TYPE);
    return r;
  }

  @Override
  public IReconciler getReconciler(ISourceViewer viewer) {
    MonoReconciler r = new MonoReconciler(new FractalReconcilingStrategy(editor), false);
    r.setDelay(300);
    return r;
  }

  @Override
  public IContentAssistant getContentAssistant(ISourceViewer viewer) {
    ContentAssistant a = new ContentAssistant();
    a.setContentAssistProcessor(new FractalCompletionProcessor(editor), IDocument.DEFAULT_CONTENT_TYPE);
    a.enableAutoActivation(true);
    a.setAutoActivationDelay(300);
    a.setInformationControlCreator(getInformationControlCreator(viewer));
    return a;
  }

  @Override
  public IQuickAssistAssistant getQuickAssistAssistant(ISourceViewer viewer) {
    QuickAssistAssistant a = new QuickAssistAssistant();
    a.setQuickAssistProcessor(new FractalQuickAssistProcessor(editor));
    a.setInformationControlCreator(getInformationControlCreator(viewer));
    return a;
  }

  @Override
  public ITextHover getTextHover(ISourceViewer viewer, String contentType) {
    return new FractalTextHover(editor);
  }

  @Override
  public IHyperlinkDetector[] getHyperlinkDetectors(ISourceViewer viewer) {
    List<IHyperlinkDetector> all = new ArrayList<>(List.of(new FractalHyperlinkDetector(editor)));
    IHyperlinkDetector[] inherited = super.getHyperlinkDetectors(viewer);
    if (inherited != null) all.addAll(List.of(inherited));
    return all.toArray(IHyperlinkDetector[]::new);
  }
}
