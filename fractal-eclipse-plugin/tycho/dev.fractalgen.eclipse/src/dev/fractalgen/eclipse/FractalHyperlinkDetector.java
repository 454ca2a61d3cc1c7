package dev.fractalgen.eclipse;

import dev.fractalgen.ide.Declaration;
import java.util.Optional;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.jface.text.hyperlink.IHyperlinkDetector;
import org.eclipse.xtext.nodemodel.ILeafNode;

/** Go to definition (Ctrl+click, F3 through the hyperlink): a name's link selects its declaration. */
final class FractalHyperlinkDetector implements IHyperlinkDetector {
  private final FractalEditor editor;

  FractalHyperlinkDetector(FractalEditor editor) {
    this.editor = editor;
  }

  @Override
  public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultipleHyperlinks) {
    var analysis = editor.analysis();
    int offset = region.getOffset();
    Optional<Declaration> d = new dev.fractalgen.ide.Navigation(analysis).definition(offset);
    Optional<ILeafNode> leaf = analysis.leafAt(offset);
    if (d.isEmpty() || leaf.isEmpty() || d.get().offset() == leaf.get().getOffset()) return null;
    IRegion link = new Region(leaf.get().getOffset(), leaf.get().getLength());
    Declaration target = d.get();
    return new IHyperlink[] {new IHyperlink() {
      @Override
      public IRegion getHyperlinkRegion() {
        return link;
      }

      @Override
      public String getTypeLabel() {
        return "Declaration";
      }

      @Override
      public String getHyperlinkText() {
        return "Go to " + target.kind().label + " " + target.name();
      }

      @Override
      public void open() {
        editor.selectAndReveal(target.offset(), target.length());
      }
    }};
  }
}
