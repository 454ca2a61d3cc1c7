package dev.fractalgen.ide.lsp;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.concurrent.Future;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;

/** Runs the language server over a stream pair (stdio for {@code fractal lsp} and the runnable jar). */
public final class LanguageServerMain {
  private LanguageServerMain() {}

  public static void main(String[] args) throws Exception {
    System.exit(serve(System.in, System.out));
  }

  /**
   * Serves one client until it sends exit or closes its input; returns LSP's exit status (0 after
   * a shutdown request, else 1). Anything the libraries print goes to stderr, never into the protocol.
   */
  public static int serve(InputStream in, OutputStream out) throws InterruptedException {
    PrintStream stdout = System.out;
    System.setOut(System.err);
    try {
      FractalLanguageServer server = new FractalLanguageServer();
      Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
      server.connect(launcher.getRemoteProxy());
      Future<Void> listening = launcher.startListening();
      Thread watcher = new Thread(() -> {
        try {
          listening.get();
        } catch (Exception e) {
          // the input closed or broke: the client is gone
        }
        server.exitWithoutNotification();
      }, "fractal-lsp-input");
      watcher.setDaemon(true);
      watcher.start();
      return server.awaitExit() ? 0 : 1;
    } finally {
      System.setOut(stdout);
    }
  }
}
