package dev.fractalgen.eclipse;

import dev.fractalgen.ide.Analysis;
import dev.fractalgen.ide.Problem;
import dev.fractalgen.ide.QuickFixes;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;

/** Ctrl+1 in the editor: the quick fixes of the problems at the caret (the Problems view offers the same through the markers). */
final class FractalQuickAssistProcessor implements IQuickAssistProcessor {
  private final FractalEditor editor;

  FractalQuickAssistProcessor(FractalEditor editor) {
    this.editor = editor;
  }

  @Override
  public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
    Analysis a = editor.analysis();
    int offset = context.getOffset();
    List<ICompletionProposal> out = new ArrayList<>();
    for (Problem p : a.problems()) {
      if (offset < p.offset() || offset > p.offset() + p.length()) continue;
      for (QuickFixes.Fix f : QuickFixes.of(p, a.text())) {
        out.add(new CompletionProposal(f.replacement(), f.offset(), f.length(), f.offset() + f.replacement().length(), null, f.title(), null, null));
      }
    }
    return out.toArray(ICompletionProposal[]::new);
  }

  @Override
  public String getErrorMessage() {
    return null;
  }

  @Override
  public boolean canFix(Annotation annotation) {
    return true;
  }

  @Override
  public boolean canAssist(IQuickAssistInvocationContext context) {
    return false;
  }
}
