package dev.fractalgen.suites.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drives {@code ./fractal lsp} as an editor would, through lsp4j's client launcher over the
 * process's stdin and stdout: diagnostics, a quick fix, completion, hover, definition, symbols. Expected positions are counted in models/llama2c.fractal's text.
 */
class LanguageServerTest {
  @TempDir Path tmp;

  /** A client that keeps what the server publishes. */
  static final class Client implements LanguageClient {
    final BlockingQueue<PublishDiagnosticsParams> diagnostics = new LinkedBlockingQueue<>();

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams d) {
      diagnostics.add(d);
    }

    @Override
    public void telemetryEvent(Object object) {}

    @Override
    public void showMessage(MessageParams m) {}

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams r) {
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public void logMessage(MessageParams m) {}
  }

  static Position position(String text, int offset) {
    String before = text.substring(0, offset);
    int line = (int) before.chars().filter(c -> c == '\n').count();
    return new Position(line, offset - (before.lastIndexOf('\n') + 1));
  }

  static int offsetOf(String text, String needle, int plus) {
    int i = text.indexOf(needle);
    assertTrue(i >= 0, needle);
    return i + plus;
  }

  @Test
  void anEditorSessionOverStdio() throws Exception {
    Path root = Path.of(System.getProperty("fractal.root", "..")).toAbsolutePath().normalize();
    String good = Files.readString(root.resolve("models/llama2c.fractal"));
    String broken = good.replace("let xb = rmsnorm(h, rms_att[l])", "let xb = rmsnorm(h, rms_atx[l])");
    String uri = tmp.resolve("llama2c.fractal").toUri().toString();

    Process p = new ProcessBuilder(root.resolve("fractal").toString(), "lsp")
        .redirectError(tmp.resolve("stderr.txt").toFile()).start();
    try {
      Client client = new Client();
      Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, p.getInputStream(), p.getOutputStream());
      launcher.startListening();
      LanguageServer server = launcher.getRemoteProxy();

      InitializeParams init = new InitializeParams();
      init.setCapabilities(new ClientCapabilities());
      InitializeResult r = server.initialize(init).get(120, TimeUnit.SECONDS);
      assertTrue(r.getCapabilities().getHoverProvider().getLeft());
      assertTrue(r.getCapabilities().getDefinitionProvider().getLeft());
      assertNotNull(r.getCapabilities().getCompletionProvider());
      server.initialized(new InitializedParams());

      server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "fractal", 1, broken)));
      PublishDiagnosticsParams first = client.diagnostics.poll(60, TimeUnit.SECONDS);
      assertNotNull(first, "no diagnostics within 60 s");
      assertEquals(uri, first.getUri());
      assertEquals(1, first.getDiagnostics().size(), first.toString());
      var d = first.getDiagnostics().get(0);
      assertEquals("unknown-name", d.getCode().getLeft());
      int at = offsetOf(broken, "rms_atx", 0);
      assertEquals(position(broken, at), d.getRange().getStart());
      assertEquals(position(broken, at + 7), d.getRange().getEnd());
      assertTrue(d.getMessage().getLeft().startsWith("unknown name 'rms_atx'; did you mean 'rms_att'"), d.getMessage().getLeft());

      // the quick fix for it, as a code action whose edit replaces exactly the misspelt name
      var actions = server.getTextDocumentService().codeAction(new CodeActionParams(new TextDocumentIdentifier(uri), d.getRange(),
          new CodeActionContext(List.of(d)))).get(60, TimeUnit.SECONDS);
      CodeAction fix = actions.stream().map(e -> e.getRight()).filter(c -> c.getTitle().equals("Change to 'rms_att'")).findFirst()
          .orElseThrow(() -> new AssertionError(actions.toString()));
      TextEdit edit = fix.getEdit().getChanges().get(uri).get(0);
      assertEquals(d.getRange(), edit.getRange());
      assertEquals("rms_att", edit.getNewText());

      server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, 2),
          List.of(new TextDocumentContentChangeEvent(good))));
      PublishDiagnosticsParams fixed = client.diagnostics.poll(60, TimeUnit.SECONDS);
      assertNotNull(fixed, "no diagnostics after the fix within 60 s");
      assertEquals(List.of(), fixed.getDiagnostics());

      TextDocumentIdentifier doc = new TextDocumentIdentifier(uri);
      // completion after "rms" in "rms_att[l]" of the first let of the layer
      var completion = server.getTextDocumentService()
          .completion(new CompletionParams(doc, position(good, offsetOf(good, "rms_att[l])", 3)))).get(60, TimeUnit.SECONDS);
      List<String> labels = completion.getRight().getItems().stream().map(CompletionItem::getLabel).sorted().toList();
      assertEquals(List.of("rms_att", "rms_ffn", "rms_final", "rmsnorm"), labels);

      Hover hover = server.getTextDocumentService()
          .hover(new HoverParams(doc, position(good, offsetOf(good, "matvec(wcls", 8)))).get(60, TimeUnit.SECONDS);
      // vocab_size = 512, dim = 64
      assertEquals("`weight wcls: f32[512, 64]`", hover.getContents().getRight().getValue());

      var definition = server.getTextDocumentService()
          .definition(new DefinitionParams(doc, position(good, offsetOf(good, "rmsnorm(h, rms_att", 1)))).get(60, TimeUnit.SECONDS);
      List<? extends Location> locations = definition.getLeft();
      assertEquals(1, locations.size());
      assertEquals(position(good, offsetOf(good, "fn rmsnorm", 3)), locations.get(0).getRange().getStart());

      var symbols = server.getTextDocumentService().documentSymbol(new DocumentSymbolParams(doc)).get(60, TimeUnit.SECONDS);
      List<String> names = symbols.stream().map(e -> e.getRight()).map(DocumentSymbol::getName).toList();
      assertEquals(List.of("config", "weights", "matvec", "rmsnorm", "rope", "attention", "softmax", "swiglu", "generate"), names);

      server.shutdown().get(30, TimeUnit.SECONDS);
      server.exit();
      assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the server did not exit");
      assertEquals(0, p.exitValue(), Files.readString(tmp.resolve("stderr.txt")));
    } finally {
      p.destroyForcibly();
    }
  }

  @Test
  void aMalformedMessageIsSkippedWithOneLineOnStderr() throws Exception {
    Path root = Path.of(System.getProperty("fractal.root", "..")).toAbsolutePath().normalize();
    Process p = new ProcessBuilder(root.resolve("fractal").toString(), "lsp").redirectError(tmp.resolve("stderr.txt").toFile()).start();
    try {
      // a framed message whose body is not JSON, then a whole session
      p.getOutputStream().write("Content-Length: 5\r\n\r\n{bad}".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      p.getOutputStream().flush();
      Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(new Client(), p.getInputStream(), p.getOutputStream());
      launcher.startListening();
      LanguageServer server = launcher.getRemoteProxy();
      InitializeParams init = new InitializeParams();
      init.setCapabilities(new ClientCapabilities());
      assertNotNull(server.initialize(init).get(120, TimeUnit.SECONDS).getCapabilities());
      server.shutdown().get(30, TimeUnit.SECONDS);
      server.exit();
      assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the server did not exit");
      String err = Files.readString(tmp.resolve("stderr.txt"));
      assertEquals(0, p.exitValue(), err);
      // one line, where the body stopped being JSON (the wording is the JSON reader's)
      assertEquals(1, err.lines().count(), err);
      assertTrue(err.startsWith("fractal lsp: severe: ") && err.contains("line 1 column 6"), err);
    } finally {
      p.destroyForcibly();
    }
  }
}
