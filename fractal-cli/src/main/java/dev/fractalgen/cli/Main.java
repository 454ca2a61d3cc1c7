package dev.fractalgen.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code fractal} command line; exit status 0 success, 1 program errors, 2 bad input. */
@Command(name = "fractal", mixinStandardHelpOptions = true, version = "fractal 0.1.0",
    description = "Compiles and runs whole generate() loops written in the Fractal language.",
    subcommands = {CheckCommand.class, LowerCommand.class, CompileCommand.class, RunCommand.class, ConformancePackCommand.class})
public final class Main implements Runnable {
  public static final int PROGRAM_ERRORS = 1;
  public static final int BAD_INPUT = 2;
  /** A run stopped by SIGINT (the JVM exits with 128 + the signal: 130, or 143 for SIGTERM). */
  public static final int STOPPED = 130;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(new CommandLine(this), "a command is required (check, lower, compile, run)");
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
    return cl.execute(args);
  }
}
