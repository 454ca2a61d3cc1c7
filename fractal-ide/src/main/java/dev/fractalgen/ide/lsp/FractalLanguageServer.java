package dev.fractalgen.ide.lsp;

import dev.fractalgen.ide.Analysis;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.SetTraceParams;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * The Fractal language server: diagnostics with codes and ranges, completion, hover with the
 * inferred dtypes and shapes, go to definition, document symbols and quick fixes, all answered
 * by the editor-independent services of this module.
 */
public final class FractalLanguageServer implements LanguageServer, LanguageClientAware {
  private final FractalDocuments documents = new FractalDocuments(this::publish);
  private final CountDownLatch exited = new CountDownLatch(1);
  private volatile boolean shutdown;
  private volatile LanguageClient client;

  @Override
  public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
    ServerCapabilities c = new ServerCapabilities();
    c.setTextDocumentSync(TextDocumentSyncKind.Full);
    c.setCompletionProvider(new CompletionOptions(false, List.of()));
    c.setHoverProvider(true);
    c.setDefinitionProvider(true);
    c.setDocumentSymbolProvider(true);
    c.setCodeActionProvider(true);
    return CompletableFuture.completedFuture(new InitializeResult(c, new ServerInfo("fractal", "0.1.0")));
  }

  @Override
  public CompletableFuture<Object> shutdown() {
    shutdown = true;
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public void exit() {
    exited.countDown();
  }

  /** Waits for the client's exit notification; true when it came after a shutdown request (LSP's exit status 0). */
  boolean awaitExit() throws InterruptedException {
    exited.await();
    return shutdown;
  }

  void exitWithoutNotification() {
    exited.countDown();
  }

  @Override
  public TextDocumentService getTextDocumentService() {
    return documents;
  }

  @Override
  public WorkspaceService getWorkspaceService() {
    return new NoWorkspace();
  }

  @Override
  public void setTrace(SetTraceParams params) {}

  @Override
  public void connect(LanguageClient client) {
    this.client = client;
  }

  private void publish(String uri, Analysis a) {
    LanguageClient c = client;
    if (c != null) c.publishDiagnostics(new PublishDiagnosticsParams(uri, a == null ? List.of() : Convert.diagnostics(a)));
  }
}
