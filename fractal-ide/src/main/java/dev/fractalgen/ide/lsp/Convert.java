package dev.fractalgen.ide.lsp;

import dev.fractalgen.ide.Analysis;
import dev.fractalgen.ide.Completion;
import dev.fractalgen.ide.Outline;
import dev.fractalgen.ide.Problem;
import java.util.List;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/** The services' results in LSP's terms: 0-based line/character positions (UTF-16, as Java's chars). */
final class Convert {
  private Convert() {}

  static int offset(Analysis a, Position p) {
    return a.lines().offset(p.getLine(), p.getCharacter());
  }

  static Position position(Analysis a, int offset) {
    return new Position(a.lines().line(offset), a.lines().character(offset));
  }

  static Range range(Analysis a, int offset, int length) {
    return new Range(position(a, offset), position(a, offset + length));
  }

  static List<Diagnostic> diagnostics(Analysis a) {
    return a.problems().stream().map(p -> diagnostic(a, p)).toList();
  }

  static Diagnostic diagnostic(Analysis a, Problem p) {
    Diagnostic d = new Diagnostic(range(a, p.offset(), p.length()), p.message(),
        p.error() ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, "fractal");
    d.setCode(Either.forLeft(p.code()));
    return d;
  }

  static CompletionItem item(Analysis a, Completion.Proposal p) {
    CompletionItem i = new CompletionItem(p.text());
    i.setDetail(p.detail());
    i.setKind(switch (p.kind()) {
      case KEYWORD -> CompletionItemKind.Keyword;
      case TYPE -> CompletionItemKind.TypeParameter;
      case BUILTIN, FUNCTION -> CompletionItemKind.Function;
      case CONFIG -> CompletionItemKind.Constant;
      case WEIGHT -> CompletionItemKind.Field;
      case VARIABLE -> CompletionItemKind.Variable;
      case SETTING -> CompletionItemKind.Property;
    });
    i.setTextEdit(Either.forLeft(new TextEdit(range(a, p.replaceOffset(), p.replaceLength()), p.text())));
    return i;
  }

  static DocumentSymbol symbol(Analysis a, Outline.Symbol s) {
    DocumentSymbol d = new DocumentSymbol(s.name(), switch (s.kind()) {
      case CONFIG, WEIGHTS, GENERATE -> SymbolKind.Namespace;
      case FUNCTION -> SymbolKind.Function;
      case ENTRY -> SymbolKind.Constant;
      case WEIGHT -> SymbolKind.Field;
      case STATE -> SymbolKind.Variable;
      case STEP -> SymbolKind.Method;
    }, range(a, s.offset(), s.length()), range(a, s.nameOffset(), s.nameLength()), s.detail().isEmpty() ? null : s.detail());
    d.setChildren(s.children().stream().map(c -> symbol(a, c)).toList());
    return d;
  }
}
