package dev.fractalgen.eclipse;

import dev.fractalgen.ide.Tokens;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITypedRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.presentation.IPresentationDamager;
import org.eclipse.jface.text.presentation.IPresentationRepairer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;

/**
 * Syntax colouring from the language's own lexer. Every change repaints the whole document: a
 * comment opened or closed changes the colours after it, and model programs are small.
 */
final class FractalDamagerRepairer implements IPresentationDamager, IPresentationRepairer {
  private static final TextAttribute KEYWORD = new TextAttribute(new Color(127, 0, 85), null, SWT.BOLD);
  private static final TextAttribute NUMBER = new TextAttribute(new Color(9, 134, 88));
  private static final TextAttribute STRING = new TextAttribute(new Color(42, 0, 255));
  private static final TextAttribute COMMENT = new TextAttribute(new Color(63, 127, 95), null, SWT.ITALIC);
  private IDocument document;

  @Override
  public void setDocument(IDocument document) {
    this.document = document;
  }

  @Override
  public IRegion getDamageRegion(ITypedRegion partition, DocumentEvent event, boolean changed) {
    return new Region(0, event.getDocument().getLength());
  }

  @Override
  public void createPresentation(TextPresentation presentation, ITypedRegion damage) {
    for (Tokens.Token t : Tokens.of(document.get())) {
      TextAttribute a = switch (t.kind()) {
        case KEYWORD -> KEYWORD;
        case NUMBER -> NUMBER;
        case STRING -> STRING;
        case COMMENT -> COMMENT;
        default -> null;
      };
      if (a != null) presentation.addStyleRange(new StyleRange(t.offset(), t.length(), a.getForeground(), null, a.getStyle()));
    }
  }
}
