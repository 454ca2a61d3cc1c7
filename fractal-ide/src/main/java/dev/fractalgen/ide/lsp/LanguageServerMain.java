package dev.fractalgen.ide.lsp;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.concurrent.Future;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.StreamHandler;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;

/** Runs the language server over a stream pair (stdio for {@code fractal lsp} and the runnable jar). */
public final class LanguageServerMain {
  private LanguageServerMain() {}

  /** lsp4j's logger, held so that its handler stays (the logging framework keeps loggers weakly). */
  private static final Logger JSONRPC = Logger.getLogger("org.eclipse.lsp4j");

  /**
   * lsp4j logs what it cannot read (a malformed message, which it skips) with the exception's
   * stack trace; an editor shows the server's stderr to its user, so each record is one line there.
   */
  private static synchronized void logOneLineEach(PrintStream err) {
    if (JSONRPC.getHandlers().length > 0) return;
    StreamHandler h = new StreamHandler(err, new Formatter() {
      @Override
      public String format(LogRecord r) {
        Throwable root = r.getThrown();
        while (root != null && root.getCause() != null) root = root.getCause();
        String why = root != null && root.getMessage() != null ? root.getMessage() : formatMessage(r);
        return "fractal lsp: " + r.getLevel().getName().toLowerCase(java.util.Locale.ROOT) + ": " + why.lines().findFirst().orElse("") + System.lineSeparator();
      }
    }) {
      @Override
      public synchronized void publish(LogRecord r) {
        super.publish(r);
        flush();
      }
    };
    JSONRPC.setUseParentHandlers(false);
    JSONRPC.addHandler(h);
  }

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
    logOneLineEach(System.err);
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
