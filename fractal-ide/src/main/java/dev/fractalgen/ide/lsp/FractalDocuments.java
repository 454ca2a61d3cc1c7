package dev.fractalgen.ide.lsp;

import dev.fractalgen.ide.Analysis;
import dev.fractalgen.ide.Completion;
import dev.fractalgen.ide.Navigation;
import dev.fractalgen.ide.Outline;
import dev.fractalgen.ide.Problem;
import dev.fractalgen.ide.QuickFixes;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.TextDocumentService;

/** The open documents, each analysed on every change, and the requests about them. */
final class FractalDocuments implements TextDocumentService {
  private final Map<String, Analysis> open = new ConcurrentHashMap<>();
  private final BiConsumer<String, Analysis> publish;

  FractalDocuments(BiConsumer<String, Analysis> publish) {
    this.publish = publish;
  }

  @Override
  public void didOpen(DidOpenTextDocumentParams params) {
    update(params.getTextDocument().getUri(), params.getTextDocument().getText());
  }

  @Override
  public void didChange(DidChangeTextDocumentParams params) {
    var changes = params.getContentChanges();
    // full synchronization: the last change holds the whole text
    if (!changes.isEmpty()) update(params.getTextDocument().getUri(), changes.get(changes.size() - 1).getText());
  }

  @Override
  public void didClose(DidCloseTextDocumentParams params) {
    open.remove(params.getTextDocument().getUri());
    publish.accept(params.getTextDocument().getUri(), null);
  }

  @Override
  public void didSave(DidSaveTextDocumentParams params) {}

  private void update(String uri, String text) {
    Analysis a = Analysis.of(text, fileName(uri));
    open.put(uri, a);
    publish.accept(uri, a);
  }

  private static String fileName(String uri) {
    try {
      String path = URI.create(uri).getPath();
      return path == null ? uri : path.substring(path.lastIndexOf('/') + 1);
    } catch (IllegalArgumentException e) {
      return uri;
    }
  }

  private Analysis analysis(String uri) {
    return open.getOrDefault(uri, Analysis.of("", fileName(uri)));
  }

  @Override
  public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
    Analysis a = analysis(params.getTextDocument().getUri());
    int offset = Convert.offset(a, params.getPosition());
    List<CompletionItem> items = Completion.at(a, offset).stream().map(p -> Convert.item(a, p)).toList();
    return CompletableFuture.completedFuture(Either.forRight(new CompletionList(false, items)));
  }

  @Override
  public CompletableFuture<Hover> hover(HoverParams params) {
    Analysis a = analysis(params.getTextDocument().getUri());
    return CompletableFuture.completedFuture(new Navigation(a).hover(Convert.offset(a, params.getPosition()))
        .map(h -> new Hover(new MarkupContent(MarkupKind.MARKDOWN, h.text()), Convert.range(a, h.offset(), h.length())))
        .orElse(null));
  }

  @Override
  public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>> definition(DefinitionParams params) {
    String uri = params.getTextDocument().getUri();
    Analysis a = analysis(uri);
    List<Location> found = new Navigation(a).definition(Convert.offset(a, params.getPosition()))
        .map(d -> List.of(new Location(uri, Convert.range(a, d.offset(), d.length())))).orElse(List.of());
    return CompletableFuture.completedFuture(Either.forLeft(found));
  }

  @Override
  public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(DocumentSymbolParams params) {
    Analysis a = analysis(params.getTextDocument().getUri());
    List<Either<SymbolInformation, DocumentSymbol>> out = new ArrayList<>();
    for (Outline.Symbol s : Outline.of(a)) out.add(Either.forRight(Convert.symbol(a, s)));
    return CompletableFuture.completedFuture(out);
  }

  @Override
  public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
    String uri = params.getTextDocument().getUri();
    Analysis a = analysis(uri);
    int from = Convert.offset(a, params.getRange().getStart());
    int to = Convert.offset(a, params.getRange().getEnd());
    List<Either<Command, CodeAction>> out = new ArrayList<>();
    for (Problem p : a.problems()) {
      if (p.offset() > to || p.offset() + p.length() < from) continue;
      for (QuickFixes.Fix f : QuickFixes.of(p, a.text())) {
        CodeAction action = new CodeAction(f.title());
        action.setKind(CodeActionKind.QuickFix);
        action.setDiagnostics(List.of(Convert.diagnostic(a, p)));
        action.setEdit(new WorkspaceEdit(Map.of(uri, List.of(new TextEdit(Convert.range(a, f.offset(), f.length()), f.replacement())))));
        out.add(Either.forRight(action));
      }
    }
    return CompletableFuture.completedFuture(out);
  }
}
