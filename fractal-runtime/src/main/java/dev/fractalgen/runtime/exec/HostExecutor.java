package dev.fractalgen.runtime.exec;

import static dev.fractalgen.runtime.kernel.KernelAbi.*;

import dev.fractalgen.runtime.bundle.Bundle;
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
import java.util.Map;
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
   * @param weightsBlob the bundle's weights image ({@link WeightImage}); copied once, reused by every call
   * @param threads     CPU threads (blocks); 0 picks the number of processors
   */
  public HostExecutor(Bundle bundle, MemorySegment weightsBlob, int threads) {
    this.bundle = bundle;
    this.threads = threads > 0 ? threads : Math.max(1, Runtime.getRuntime().availableProcessors());
    SymbolLookup lib;
    try {
      lib = SymbolLookup.libraryLookup(bundle.kernel("host"), codeArena);
    } catch (IllegalArgumentException e) {
      codeArena.close();
      throw new ExecutionException("cannot load the host kernel " + bundle.kernel("host") + ": " + e.getMessage());
    }
    MemorySegment entry = lib.find(ENTRY).orElseThrow(() -> new ExecutionException("the host kernel has no symbol " + ENTRY));
    kernel = Linker.nativeLinker().downcallHandle(entry, FunctionDescriptor.ofVoid(ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
    weights = codeArena.allocate(Math.max(16, weightsBlob.byteSize()), 256);
    weights.copyFrom(weightsBlob);
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
  public GenerationResult generate(GenerationRequest r, TokenCallback callback, long timeoutMillis) {
    LaunchPlan plan = new LaunchPlan(bundle.manifest(), r);
    try (Arena arena = Arena.ofShared()) {
      MemorySegment table = arena.allocate(8L * SLOTS, 8);
      put(table, WEIGHTS, weights);
      put(table, PARAMS, copy(arena, plan.params));
      put(table, PROMPTS, copy(arena, plan.prompts));
      put(table, PROMPT_LENS, copy(arena, plan.promptLens));
      put(table, SEQ_IDS, copy(arena, plan.seqIds));
      put(table, STATES, arena.allocate(Math.max(16, plan.stateBytes()), 64));
      MemorySegment seqArena = arena.allocate(Math.max(16, plan.sequenceBytes()), 64);
      put(table, SEQ_ARENA, seqArena);
      put(table, SLOT_ARENA, arena.allocate(Math.max(16, plan.slotBytes(threads)), 64));
      put(table, BLOCK_ARENA, arena.allocate(plan.blockBytes(threads), 64));
      MemorySegment tokens = arena.allocate(Math.max(16, plan.outTokenBytes()), 64);
      MemorySegment counts = arena.allocate(4L * plan.batch, 64);
      MemorySegment status = arena.allocate(4L * plan.batch, 64);
      MemorySegment sync = arena.allocate(SYNC_BYTES, 64);
      put(table, OUT_TOKENS, tokens);
      put(table, OUT_COUNTS, counts);
      put(table, OUT_STATUS, status);
      put(table, CONTROL, copy(arena, plan.control));
      put(table, SYNC, sync);
      int points = bundle.manifest().profile().size();
      MemorySegment profile = arena.allocate(8L * Math.max(1, points), 8);
      put(table, PROFILE, profile);
      for (Map.Entry<Integer, Long> e : plan.sizes(threads, 1).entrySet()) table.setAtIndex(ValueLayout.JAVA_LONG, e.getKey(), e.getValue());

      TokenStream stream = new TokenStream(plan.batch, tokens, counts, plan.outCapacity, callback);
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
      boolean aborted = Watchdog.await(workers, stream, timeoutMillis, () -> sync.setAtIndex(ValueLayout.JAVA_INT, SYNC_ABORT, 1));
      long wall = System.nanoTime() - start;
      stream.poll();
      if (failure.get() != null) throw new ExecutionException("the host kernel failed: " + failure.get());
      int error = sync.getAtIndex(ValueLayout.JAVA_INT, SYNC_ERROR);
      if (aborted) throw new ExecutionException("the kernel did not finish within " + timeoutMillis + " ms and was stopped");
      if (error != 0) {
        throw new ExecutionException("the kernel stopped with an error: " + describeError(error)
            + " (detail " + sync.getAtIndex(ValueLayout.JAVA_INT, SYNC_ERROR_DETAIL) + ")");
      }
      long offset = bundle.manifest().logitsOffset(), vocab = bundle.manifest().vocab();
      return stream.result(status, wall, s -> offset < 0 ? new float[0]
          : seqArena.asSlice(s * bundle.manifest().sequenceStride() + offset, 4 * vocab).toArray(ValueLayout.JAVA_FLOAT),
          profile.asSlice(0, 8L * points).toArray(ValueLayout.JAVA_LONG));
    }
  }

  private static void put(MemorySegment table, int slot, MemorySegment s) {
    table.setAtIndex(ValueLayout.JAVA_LONG, slot, s.address());
  }

  private static MemorySegment copy(Arena arena, ByteBuffer b) {
    MemorySegment s = arena.allocate(Math.max(16, b.capacity()), 64);
    s.copyFrom(MemorySegment.ofBuffer(b.duplicate().rewind()));
    return s;
  }

  @Override
  public void close() {
    codeArena.close();
  }
}
