package dev.fractalgen.backend.llvm;

import dev.fractalgen.backend.BackendException;
import dev.fractalgen.backend.target.Target;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * {@link Toolchain#checkPtx} of one kernel on a thread of its own, so that ptxas (a process, on
 * another core) checks it while the compiler goes on with the next target. The kernel's module
 * stays alive until the check is in: a rejection's report saves it.
 */
public final class PtxCheck implements AutoCloseable {
  private final Ir ir;
  private final CompletableFuture<PtxResources> done;
  private boolean disposed;

  private PtxCheck(Ir ir, CompletableFuture<PtxResources> done) {
    this.ir = ir;
    this.done = done;
  }

  /** Starts checking {@code ptx}, emitted from {@code ir} for {@code t}; takes over disposing {@code ir}. */
  public static PtxCheck start(Ir ir, Target t, Path ptx, Path failureDir) {
    CompletableFuture<PtxResources> f = new CompletableFuture<>();
    Thread th = new Thread(() -> {
      try {
        f.complete(Toolchain.checkPtx(ir, t, ptx, failureDir));
      } catch (Throwable e) {
        f.completeExceptionally(e);
      }
    }, "ptxas-" + t.id);
    th.setDaemon(true);
    th.start();
    return new PtxCheck(ir, f);
  }

  /**
   * Waits for the check: the kernel's resources as ptxas reports them (null without ptxas); a
   * rejection is thrown as {@link Toolchain#checkPtx} throws it.
   */
  public PtxResources await() {
    try {
      return done.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      if (e.getCause() instanceof Error err) throw err;
      throw new BackendException(BackendException.TOOL_FAILED, "ptxas: " + e.getCause());
    } finally {
      close();
    }
  }

  /** Waits for the check to end (its outcome no longer matters) and frees the module. */
  @Override
  public void close() {
    if (disposed) return;
    try {
      done.handle((v, e) -> null).join();
    } finally {
      disposed = true;
      ir.dispose();
    }
  }
}
