package dev.fractalgen.runtime.exec;

import static dev.fractalgen.runtime.kernel.KernelAbi.*;

import dev.fractalgen.runtime.bundle.Bundle;
import dev.fractalgen.runtime.kernel.HostCpu;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a bundle's host kernel: the compiled loop, called once per CPU thread standing in for a
 * block of one thread, the threads meeting at the kernel's own grid barriers. The calling thread
 * streams tokens as their counts are published and acts as the watchdog.
 */
public final class HostExecutor implements Executor {
  private final Bundle bundle;
  private final Arena codeArena = Arena.ofShared();
  private final MethodHandle kernel;
  private final MemorySegment weights;
  private final int threads;

  /**
   * @param weightsBlob the bundle's weights image ({@link WeightImage}): used in place when native and
   *     256-byte aligned (it must then outlive this executor), else copied once; reused by every call
   * @param threads     CPU threads (blocks); 0 picks them from the model's size and the free processors ({@link HostThreads})
   */
  public HostExecutor(Bundle bundle, MemorySegment weightsBlob, int threads) {
    this.bundle = bundle;
    this.threads = threads > 0 ? threads : HostThreads.forModel(bundle.manifest());
    checkCpu(bundle.manifest().grid().hostCpu(), HostCpu.cpuFlags());
    SymbolLookup lib;
    try {
      lib = SymbolLookup.libraryLookup(bundle.kernel("host"), codeArena);
    } catch (IllegalArgumentException e) {
      codeArena.close();
      throw new ExecutionException("cannot load the host kernel " + bundle.kernel("host") + ": " + e.getMessage());
    }
    MemorySegment entry = lib.find(ENTRY).orElseThrow(() -> new ExecutionException("the host kernel has no symbol " + ENTRY));
    kernel = Linker.nativeLinker().downcallHandle(entry, FunctionDescriptor.ofVoid(ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
    WeightImage.checkSize(bundle.manifest(), weightsBlob);
    // the kernel only reads the weights: a native, aligned image (as WeightImage makes) is used as it
    // is, so a multi-GB model is not held twice
    if (weightsBlob.isNative() && weightsBlob.address() % WEIGHTS_ALIGN == 0) {
      weights = weightsBlob;
    } else {
      weights = codeArena.allocate(Math.max(16, weightsBlob.byteSize()), WEIGHTS_ALIGN);
      weights.copyFrom(weightsBlob);
    }
  }

  /**
   * Refuses a host kernel compiled for extensions this CPU lacks (it would stop on an illegal
   * instruction); where the CPU's flags cannot be read ({@code cpuFlags} null) the kernel is tried.
   */
  static void checkCpu(String level, java.util.Set<String> cpuFlags) {
    // Bundle.open refuses a level it does not know
    HostCpu cpu = HostCpu.parse(level);
    List<String> missing = cpuFlags == null ? List.of() : cpu.missing(cpuFlags);
    if (!missing.isEmpty()) {
      throw new ExecutionException("the bundle's host kernel is compiled for " + cpu.id + " and this CPU lacks "
          + String.join(", ", missing) + ": compile it with --host-cpu " + HostCpu.best(cpuFlags).id + " (or x86-64, which every x86-64 CPU runs)");
    }
  }

  public int threads() {
    return threads;
  }

  @Override
  public String device() {
    return "CPU, " + threads + (threads == 1 ? " thread" : " threads");
  }

  /**
   * Generates for every prompt of {@code r}. {@code timeoutMillis} (0: none) bounds the whole call:
   * past it the kernel is asked to stop, and the call fails.
   */
  @Override
  public GenerationResult generate(GenerationRequest r, TokenCallback callback, long timeoutMillis, Cancellation cancel) {
    LaunchPlan plan = new LaunchPlan(bundle.manifest(), r);
    try (Arena arena = Arena.ofShared()) {
      MemorySegment table = arena.allocate(8L * SLOTS, 8);
      // a CPU thread stands in for a block of one thread
      KernelTable.Outputs<MemorySegment> out = KernelTable.fill(plan, new Memory(arena, table, HostMemory.availableBytes(), new long[1]), weights, threads, 1);
      MemorySegment seqArena = out.sequenceArena(), tokens = out.tokens(), counts = out.counts(), status = out.status();
      MemorySegment sync = out.sync(), profile = out.profile();
      int points = bundle.manifest().profile().size();

      TokenStream stream = new TokenStream(plan.batch, tokens, counts, plan.outCapacity, callback, cancel);
      AtomicReference<Throwable> failure = new AtomicReference<>();
      List<Thread> workers = new ArrayList<>();
      long start = System.nanoTime();
      for (int b = 0; b < threads; b++) {
        int block = b;
        Thread t = Thread.ofPlatform().name("fractal-block-" + b).daemon().start(() -> {
          try {
            kernel.invokeExact(table, block);
          } catch (Throwable e) {
            failure.compareAndSet(null, e);
          }
        });
        workers.add(t);
      }
      boolean timedOut = Watchdog.await(workers, stream, timeoutMillis, cancel, () -> sync.setAtIndex(ValueLayout.JAVA_INT, SYNC_ABORT, 1));
      long wall = System.nanoTime() - start;
      stream.poll();
      stream.rethrowCallbackFailure();
      if (failure.get() != null) throw new ExecutionException("the host kernel failed: " + failure.get());
      int error = sync.getAtIndex(ValueLayout.JAVA_INT, SYNC_ERROR);
      if (timedOut) throw new ExecutionException("the kernel did not finish within " + timeoutMillis + " ms and was stopped");
      // a cancelled kernel reports that it was aborted: that is the stop asked for, not an error
      if (error != 0 && !(error == ERR_ABORTED && cancel.requested())) {
        throw new ExecutionException("the kernel stopped with an error: "
            + KernelErrors.describe(bundle.manifest(), error, sync.getAtIndex(ValueLayout.JAVA_INT, SYNC_ERROR_DETAIL)));
      }
      long offset = bundle.manifest().logitsOffset(), vocab = bundle.manifest().vocab();
      return stream.result(status, wall, s -> offset < 0 ? new float[0]
          : seqArena.asSlice(s * bundle.manifest().sequenceStride() + offset, 4 * vocab).toArray(ValueLayout.JAVA_FLOAT),
          BlockProfile.of(profile.asSlice(0, 8L * points * threads).toArray(ValueLayout.JAVA_LONG), points, threads));
    }
  }

  /** The call's memory: native segments of one arena (zeroed on allocation); the table holds their addresses. */
  private record Memory(Arena arena, MemorySegment table, long available, long[] allocated) implements KernelTable.Memory<MemorySegment> {
    @Override
    public MemorySegment allocate(long bytes, String what) {
      // checked first, against what the call's earlier buffers left: the JVM would otherwise fail
      // with an OutOfMemoryError, or the OS kill it
      if (available >= 0 && bytes > available - allocated[0]) throw tooLarge(bytes, what);
      allocated[0] += bytes;
      try {
        return arena.allocate(Math.max(16, bytes), BUFFER_ALIGN);
      } catch (OutOfMemoryError e) {
        throw tooLarge(bytes, what);
      }
    }

    private OutOfMemoryException tooLarge(long bytes, String what) {
      return new OutOfMemoryException("the run needs " + bytes + " bytes of memory for " + what + "; this machine has "
          + (available >= 0 ? (available - allocated[0]) + " available after the call's other buffers" : "not that much")
          + " (a smaller seq_len or batch needs less)");
    }

    @Override
    public MemorySegment upload(ByteBuffer data, String what) {
      MemorySegment s = allocate(data.capacity(), what);
      s.copyFrom(MemorySegment.ofBuffer(data.duplicate().rewind()));
      return s;
    }

    @Override
    public MemorySegment hostVisible(long bytes, String what) {
      return allocate(bytes, what);
    }

    @Override
    public void set(int slot, MemorySegment pointer) {
      table.setAtIndex(ValueLayout.JAVA_LONG, slot, pointer.address());
    }

    @Override
    public void set(int slot, long value) {
      table.setAtIndex(ValueLayout.JAVA_LONG, slot, value);
    }
  }

  @Override
  public void close() {
    codeArena.close();
  }
}
