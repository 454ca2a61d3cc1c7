package dev.fractalgen.cli;

import dev.fractalgen.ide.lsp.LanguageServerMain;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code fractal lsp}: the language server on stdin/stdout, until the client exits (LSP's status: 0 after shutdown). */
@Command(name = "lsp", mixinStandardHelpOptions = true,
    description = "Runs the Fractal language server over stdin and stdout (Language Server Protocol), for editors.")
final class LspCommand implements Callable<Integer> {
  @Override
  public Integer call() throws InterruptedException {
    return LanguageServerMain.serve(System.in, System.out);
  }
}
