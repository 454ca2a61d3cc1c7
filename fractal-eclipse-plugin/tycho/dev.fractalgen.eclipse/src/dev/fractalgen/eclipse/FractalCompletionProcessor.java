package dev.fractalgen.eclipse;

import dev.fractalgen.ide.Analysis;
import dev.fractalgen.ide.Completion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;

/** Content assist: keywords, names in scope, weights, config keys and built-ins (fractal-ide's Completion). */
final class FractalCompletionProcessor implements IContentAssistProcessor {
  private final FractalEditor editor;

  FractalCompletionProcessor(FractalEditor editor) {
    this.editor = editor;
  }

  @Override
  public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
    Analysis a = Analysis.of(viewer.getDocument().get(), editor.name());
    return Completion.at(a, offset).stream()
        .map(p -> new CompletionProposal(p.text(), p.replaceOffset(), p.replaceLength(), p.text().length(), null,
            p.text() + "  (" + p.detail() + ")", null, null))
        .toArray(ICompletionProposal[]::new);
  }

  @Override
  public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
    return null;
  }

  @Override
  public char[] getCompletionProposalAutoActivationCharacters() {
    return null;
  }

  @Override
  public char[] getContextInformationAutoActivationCharacters() {
    return null;
  }

  @Override
  public String getErrorMessage() {
    return null;
  }

  @Override
  public IContextInformationValidator getContextInformationValidator() {
    return null;
  }
}
