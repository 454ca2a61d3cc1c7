package dev.fractalgen.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code fractal} command line; exit status 0 success, 1 program errors, 2 bad input, 3 a run-time error of the loop. */
@Command(name = "fractal", mixinStandardHelpOptions = true, version = "fractal 0.1.0",
    description = "Compiles and runs whole generate() loops written in the Fractal language.",
    subcommands = {CheckCommand.class, LowerCommand.class, CompileCommand.class, RunCommand.class, ConformancePackCommand.class, LspCommand.class})
public final class Main implements Runnable {
  public static final int PROGRAM_ERRORS = 1;
  public static final int BAD_INPUT = 2;
  /** The generated loop stopped with a run-time error (an index out of range, a full state) or ran past --timeout. */
  public static final int RUNTIME_ERROR = 3;
  /** A run stopped by SIGINT (the JVM exits with 128 + the signal: 130, or 143 for SIGTERM). */
  public static final int STOPPED = 130;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    // the command line being run (its writers), not a new one
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (check, lower, compile, run, lsp)");
  }

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the command line and returns its exit status instead of exiting (for tests). */
  public static int execute(String... args) {
    return execute(new CommandLine(new Main()), args);
  }

  /** Runs the command line writing to {@code out} and {@code err} (for tests and embedding). */
  public static int execute(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(out);
    cl.setErr(err);
    return execute(cl, args);
  }

  private static int execute(CommandLine cl, String... args) {
    cl.setParameterExceptionHandler((ex, a) -> {
      ex.getCommandLine().getErr().println("fractal: error: " + ex.getMessage() + " (see --help)");
      return BAD_INPUT;
    });
    cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
      if (ex instanceof UserError u) {
        cmd.getErr().println("fractal: error: " + u.getMessage());
        return BAD_INPUT;
      }
      if (ex instanceof CompileError b) {
        cmd.getErr().println("fractal: compile error [" + b.code() + "]: " + b.getMessage());
        return PROGRAM_ERRORS;
      }
      throw ex;
    });
    return onLargeStack(cl, args);
  }

  /**
   * Runs the command on a thread with a large stack: the compiler's passes walk expressions
   * recursively, and a long chain (a sum of many thousand terms) would overflow a default stack.
   * An overflow all the same is one line and status 1, never a stack trace.
   */
  private static int onLargeStack(CommandLine cl, String... args) {
    int[] status = {PROGRAM_ERRORS};
    Thread t = new Thread(null, () -> {
      try {
        status[0] = cl.execute(args);
      } catch (StackOverflowError e) {
        cl.getErr().println("fractal: error: the program's expressions nest or chain too deeply to compile; split them with let");
        cl.getErr().flush();
      }
    }, "fractal-main", 1L << 30);
    t.start();
    while (true) {
      try {
        t.join();
        return status[0];
      } catch (InterruptedException e) {
        // the command's own thread handles interrupts (SignalStop); this one waits for it
        t.interrupt();
      }
    }
  }
}
