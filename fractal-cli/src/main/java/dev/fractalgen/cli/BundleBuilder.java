package dev.fractalgen.cli;

import dev.fractalgen.backend.BackendException;
import dev.fractalgen.backend.BundleCompiler;
import dev.fractalgen.backend.OutputFolderException;
import dev.fractalgen.backend.target.Target;
import dev.fractalgen.etdg.model.Graph;
import dev.fractalgen.passes.StageListener;
import dev.fractalgen.runtime.kernel.HostCpu;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the whole compiler on a program file: front end, then one kernel per target into a bundle folder. */
final class BundleBuilder {
  private BundleBuilder() {}

  /** Compiles {@code file} into {@code dir} after {@code pipeline}; false after printing the program's errors. */
  static boolean build(Path file, List<String> config, String pipeline, List<String> targets, Path dir, PrintWriter err) {
    Graph g = Programs.lower(file, config, pipeline, err);
    if (g == null) return false;
    compile(g, targets(targets), dir, false, false);
    return true;
  }

  /** The x86-64 level named {@code name} (null: the highest this machine runs); an unknown name is bad input. */
  static HostCpu hostCpu(String name) {
    if (name == null) return HostCpu.ofThisMachine();
    try {
      return HostCpu.parse(name);
    } catch (IllegalArgumentException e) {
      throw new UserError("--host-cpu: " + e.getMessage());
    }
  }

  /** Target names (host, sm_80, ...) as targets; an unknown name is bad input. */
  static List<Target> targets(List<String> names) {
    List<Target> ts = new ArrayList<>();
    for (String t : names) {
      try {
        ts.add(Target.parse(t.trim()));
      } catch (BackendException e) {
        throw new UserError(e.getMessage());
      }
    }
    return ts;
  }

  /** BundleCompiler.compile with the default options, its failures as {@link CompileError}. */
  static void compile(Graph g, List<Target> targets, Path dir, boolean keepLlvm, boolean profile) {
    compile(g, targets, dir, BundleCompiler.Options.defaults().withKeepLlvm(keepLlvm).withProfile(profile), StageListener.NONE);
  }

  /** As above with {@code options}, telling {@code stages} the schedule and each target's code after each stage. */
  static BundleCompiler.Result compile(Graph g, List<Target> targets, Path dir, BundleCompiler.Options options, StageListener stages) {
    try {
      return BundleCompiler.compile(g, targets, dir, options, stages);
    } catch (BackendException e) {
      if (e.code().equals(BackendException.BAD_OPTION)) throw new UserError(e.getMessage());
      throw new CompileError(e.code(), e.getMessage(), e);
    } catch (OutputFolderException e) {
      throw new UserError(e.getMessage());
    } catch (ArithmeticException e) {
      // Bounds and the memory plan multiply exactly: an overflow means sizes past 2^63 bytes
      throw new UserError("the program's buffers are too large to lay out (a size passes 2^63 bytes); check its config values");
    }
  }
}
