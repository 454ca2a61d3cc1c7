package dev.fractalgen.runtime.exec;

import static dev.fractalgen.runtime.kernel.KernelAbi.*;
import static jcuda.driver.JCudaDriver.*;

import dev.fractalgen.runtime.bundle.Bundle;
import dev.fractalgen.runtime.bundle.Manifest;
import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import jcuda.Pointer;
import jcuda.driver.CUcontext;
import jcuda.driver.CUdevice;
import jcuda.driver.CUdevice_attribute;
import jcuda.driver.CUfunction_attribute;
import jcuda.driver.CUdeviceptr;
import jcuda.driver.CUfunction;
import jcuda.driver.CUmodule;
import jcuda.driver.CUresult;
import jcuda.driver.CUstream;

/**
 * Runs a bundle's PTX kernel on an NVIDIA GPU through the CUDA driver API: weights uploaded once,
 * one cooperative launch per generate call sized from the device's occupancy, tokens read from
 * mapped pinned memory while the kernel runs, and a watchdog that asks a late kernel to stop.
 */
public final class CudaExecutor implements Executor {

  private final Bundle bundle;
  private final CUcontext context = new CUcontext();
  private final CUfunction function = new CUfunction();
  /**
   * The kernel for batches of at least {@link #batchedFrom} sequences (Manifest#batchedFrom),
   * loaded at the first such batch (its PTX is compiled by the driver then); null until then.
   */
  private CUfunction batchedFunction;
  private final int batchedFrom;
  private static final long UPLOAD_PIECE = 1L << 30;

  private final CUdeviceptr weights = new CUdeviceptr();
  private final String deviceName;
  private final String target;
  private final int multiprocessors;
  /** The most blocks a launch takes, 0 for one a multiprocessor. */
  private final int maxBlocks;
  private final int blockThreads;
  /** Dynamic shared memory per block: the block arena when the kernels keep it on-chip. */
  private final int sharedBytes;

  /** True when the CUDA driver loads and sees at least one device. */
  public static boolean available() {
    try {
      setExceptionsEnabled(false);
      if (cuInit(0) != CUresult.CUDA_SUCCESS) return false;
      int[] n = new int[1];
      return cuDeviceGetCount(n) == CUresult.CUDA_SUCCESS && n[0] > 0;
    } catch (Throwable e) {
      return false; // no driver library on this machine
    }
  }

  public CudaExecutor(Bundle bundle, MemorySegment weightsBlob, int ordinal) {
    this(bundle, weightsBlob, ordinal, 0);
  }

  /**
   * As above, the grid capped at {@code maxBlocks} blocks (0: one a multiprocessor). Fewer blocks
   * give each warp more items of a phase: conformance runs use it to test the item loops' later
   * rounds, which a full grid rarely reaches on small models.
   */
  public CudaExecutor(Bundle bundle, MemorySegment weightsBlob, int ordinal, int maxBlocks) {
    if (maxBlocks < 0) throw new ExecutionException("a grid of " + maxBlocks + " blocks");
    this.maxBlocks = maxBlocks;
    this.bundle = bundle;
    WeightImage.checkSize(bundle.manifest(), weightsBlob);
    this.blockThreads = bundle.manifest().grid().gpuBlockThreads();
    // warp-mapped iterations take a block's consecutive 32 threads as one warp
    if (blockThreads <= 0 || blockThreads % 32 != 0) {
      throw new ExecutionException("the bundle asks for " + blockThreads + " threads per block; GPU kernels need a multiple of 32");
    }
    if (!available()) throw new ExecutionException("no CUDA device is available (driver missing or no GPU)");
    CUdevice dev = new CUdevice();
    check(cuDeviceGet(dev, ordinal), "selecting CUDA device " + ordinal);
    int major = attribute(dev, CUdevice_attribute.CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR);
    multiprocessors = attribute(dev, CUdevice_attribute.CU_DEVICE_ATTRIBUTE_MULTIPROCESSOR_COUNT);
    byte[] name = new byte[256];
    cuDeviceGetName(name, name.length, dev);
    deviceName = new String(name).trim().replace("\0", "");
    if (major < 8) throw new ExecutionException(deviceName + " (sm_" + major + "x) is older than the sm_80 the kernels need");
    target = major >= 9 && bundle.manifest().kernels().containsKey("sm_90") ? "sm_90" : "sm_80";
    if (!bundle.manifest().kernels().containsKey(target)) {
      throw new ExecutionException("the bundle has no kernel " + deviceName + " (sm_" + major + "x) runs: it holds "
          + String.join(", ", bundle.manifest().kernels().keySet()) + " (compile it with --target " + target + ")");
    }
    check(cuCtxCreate(context, 0, dev), "creating a CUDA context");
    batchedFrom = bundle.manifest().batchedFrom(target);
    long shared = bundle.manifest().grid().gpuSharedBytes();
    int sharedMax = attribute(dev, CUdevice_attribute.CU_DEVICE_ATTRIBUTE_MAX_SHARED_MEMORY_PER_BLOCK_OPTIN);
    if (shared > sharedMax) {
      throw new ExecutionException("the kernel keeps " + shared + " bytes per block in shared memory; " + deviceName + " has " + sharedMax);
    }
    sharedBytes = (int) shared;
    load(function, target);
    alloc(weights, Math.max(16, weightsBlob.byteSize()), "the weights");
    // a direct buffer addresses at most 2 GiB, so larger blobs go up in pieces
    for (long at = 0; at < weightsBlob.byteSize(); at += UPLOAD_PIECE) {
      long n = Math.min(UPLOAD_PIECE, weightsBlob.byteSize() - at);
      ByteBuffer piece = weightsBlob.asSlice(at, n).asByteBuffer();
      check(cuMemcpyHtoD(weights.withByteOffset(at), Pointer.to(piece), n), "uploading the weights");
    }
  }

  /** Loads the kernel of {@code key} (Manifest#kernels) into {@code f}, with its dynamic shared memory reserved. */
  private void load(CUfunction f, String key) {
    CUmodule module = new CUmodule();
    try {
      byte[] ptx = Files.readAllBytes(bundle.kernel(key));
      byte[] z = new byte[ptx.length + 1];
      System.arraycopy(ptx, 0, z, 0, ptx.length);
      check(cuModuleLoadData(module, z), "loading the " + key + " PTX");
    } catch (IOException e) {
      throw new ExecutionException("cannot read the kernel: " + e.getMessage());
    }
    check(cuModuleGetFunction(f, module, ENTRY), "finding " + ENTRY);
    // above 48 KiB a kernel must ask for its dynamic shared memory
    if (sharedBytes > 0) check(cuFuncSetAttribute(f, CUfunction_attribute.CU_FUNC_ATTRIBUTE_MAX_DYNAMIC_SHARED_SIZE_BYTES, sharedBytes), "reserving shared memory");
  }

  /** The kernel that runs a batch of {@code batch} sequences: the batched one from its smallest batch on. */
  private synchronized CUfunction kernelFor(int batch) {
    if (batchedFrom == 0 || batch < batchedFrom) return function;
    if (batchedFunction == null) {
      CUfunction f = new CUfunction();
      load(f, Manifest.batchedKernelKey(target, batchedFrom));
      batchedFunction = f;
    }
    return batchedFunction;
  }

  @Override
  public String device() {
    return deviceName;
  }

  public String deviceName() {
    return deviceName;
  }

  public String target() {
    return target;
  }

  /** Blocks (of the bundle's GPU block size) that can all be resident at once, as the grid barriers need. */
  public int residentBlocks() {
    return residentBlocks(function);
  }

  private int residentBlocks(CUfunction f) {
    int[] perSm = new int[1];
    check(cuOccupancyMaxActiveBlocksPerMultiprocessor(perSm, f, blockThreads, sharedBytes), "querying occupancy");
    if (perSm[0] < 1) throw new ExecutionException("the kernel cannot be co-resident: no block of " + blockThreads + " threads fits a multiprocessor");
    return perSm[0] * multiprocessors;
  }

  @Override
  public GenerationResult generate(GenerationRequest r, TokenCallback callback, long timeoutMillis, Cancellation cancel) {
    LaunchPlan plan = new LaunchPlan(bundle.manifest(), r);
    cuCtxSetCurrent(context);
    CUfunction kernel = kernelFor(plan.batch);
    // one block per multiprocessor: every grid barrier costs an atomic per block, and the map
    // phases of these programs do not need more threads than that gives
    int blocks = Math.min(residentBlocks(kernel), maxBlocks > 0 ? Math.min(maxBlocks, multiprocessors) : multiprocessors);
    List<CUdeviceptr> owned = new ArrayList<>();
    List<Pointer> pinned = new ArrayList<>();
    try {
      CUdeviceptr table = device(owned, 8L * SLOTS, "the kernel table");
      KernelTable.Outputs<Buf> out = KernelTable.fill(plan, new Memory(table, owned, pinned), new Buf(weights, null), blocks, blockThreads);
      CUdeviceptr seqArena = out.sequenceArena().device(), sync = out.sync().device(), profile = out.profile().device();
      Buf tokens = out.tokens(), counts = out.counts(), status = out.status();
      int points = bundle.manifest().profile().size();
      CUstream stream = new CUstream();
      check(cuStreamCreate(stream, jcuda.driver.CUstream_flags.CU_STREAM_NON_BLOCKING), "creating a stream");
      CUstream control = new CUstream();
      check(cuStreamCreate(control, jcuda.driver.CUstream_flags.CU_STREAM_NON_BLOCKING), "creating a stream");
      // pinned host memory the GPU writes through: read with the host executor's own stream reader
      TokenStream tokenStream = new TokenStream(plan.batch, MemorySegment.ofBuffer(tokens.buffer()),
          MemorySegment.ofBuffer(counts.buffer()), plan.outCapacity, callback, cancel);
      long start = System.nanoTime();
      check(cuLaunchCooperativeKernel(kernel, blocks, 1, 1, blockThreads, 1, 1, sharedBytes, stream, Pointer.to(Pointer.to(table))),
          "launching " + blocks + " co-resident blocks of " + blockThreads + " threads");
      long deadline = timeoutMillis > 0 ? System.currentTimeMillis() + timeoutMillis : Long.MAX_VALUE;
      boolean aborted = false, interrupted = false, timedOut = false;
      while (true) {
        int q = cuStreamQuery(stream);
        tokenStream.poll();
        if (q == CUresult.CUDA_SUCCESS) break;
        if (q != CUresult.CUDA_ERROR_NOT_READY) check(q, "running the kernel");
        // an interrupt (a signal to the command line, a cancelled caller) stops the kernel as a timeout does
        if (!interrupted && Thread.interrupted()) {
          interrupted = true;
          if (!aborted) deadline = 0;
        }
        if (!aborted && (cancel.requested() || System.currentTimeMillis() > deadline)) {
          timedOut = !cancel.requested() && !interrupted;
          // the kernel checks this word once per step and leaves its loop
          check(cuMemcpyHtoDAsync(sync.withByteOffset(4L * SYNC_ABORT), Pointer.to(new int[] {1}), 4, control), "aborting");
          aborted = true;
          deadline = System.currentTimeMillis() + 10_000;
        } else if (aborted && System.currentTimeMillis() > deadline) {
          throw new ExecutionException("the kernel did not stop within 10 s of being aborted; the GPU context is unusable");
        }
        Thread.onSpinWait();
      }
      long wall = System.nanoTime() - start;
      tokenStream.poll();
      tokenStream.rethrowCallbackFailure();
      int[] words = new int[SYNC_BYTES / 4];
      check(cuMemcpyDtoH(Pointer.to(words), sync, SYNC_BYTES), "reading the error word");
      if (interrupted) {
        Thread.currentThread().interrupt();
        throw new ExecutionException("interrupted while generating");
      }
      if (timedOut) throw new ExecutionException("the kernel did not finish within " + timeoutMillis + " ms and was stopped");
      if (words[SYNC_ERROR] != 0 && !(words[SYNC_ERROR] == ERR_ABORTED && cancel.requested())) {
        throw new ExecutionException("the kernel stopped with an error: " + KernelErrors.describe(bundle.manifest(), words[SYNC_ERROR], words[SYNC_ERROR_DETAIL]));
      }
      long[] ticks = new long[points * blocks];
      if (points > 0) check(cuMemcpyDtoH(Pointer.to(ticks), profile, 8L * ticks.length), "reading the profile");
      cuStreamDestroy(stream);
      cuStreamDestroy(control);
      return tokenStream.result(MemorySegment.ofBuffer(status.buffer()), wall, s -> finalLogits(seqArena, s), BlockProfile.of(ticks, points, blocks));
    } finally {
      for (CUdeviceptr p : owned) cuMemFree(p);
      for (Pointer p : pinned) cuMemFreeHost(p);
    }
  }

  /** The logits sequence {@code s}'s last step sampled from, read back from its scratch (empty if not kept). */
  private float[] finalLogits(CUdeviceptr seqArena, int s) {
    Manifest m = bundle.manifest();
    float[] logits = new float[m.logitsOffset() < 0 ? 0 : (int) m.vocab()];
    if (logits.length > 0) {
      check(cuMemcpyDtoH(Pointer.to(logits), seqArena.withByteOffset(s * m.sequenceStride() + m.logitsOffset()), 4L * logits.length),
          "reading logits");
    }
    return logits;
  }

  /** A device address, and for pinned host memory mapped into the device, the host's view of it. */
  private record Buf(CUdeviceptr device, ByteBuffer buffer) {}

  /** The call's device memory (freed by generate) and pinned host memory the kernel writes through. */
  private record Memory(CUdeviceptr table, List<CUdeviceptr> owned, List<Pointer> pinned) implements KernelTable.Memory<Buf> {
    @Override
    public Buf allocate(long bytes, String what) {
      return new Buf(device(owned, bytes, what), null);
    }

    @Override
    public Buf upload(ByteBuffer data, String what) {
      return new Buf(CudaExecutor.upload(owned, data, what), null);
    }

    @Override
    public Buf hostVisible(long bytes, String what) {
      Pointer host = new Pointer();
      check(cuMemHostAlloc(host, Math.max(16, bytes), jcuda.driver.JCudaDriver.CU_MEMHOSTALLOC_DEVICEMAP),
          "allocating " + bytes + " bytes of pinned memory for " + what);
      pinned.add(host);
      CUdeviceptr dev = new CUdeviceptr();
      check(cuMemHostGetDevicePointer(dev, host, 0), "mapping pinned memory");
      ByteBuffer b = host.getByteBuffer(0, Math.max(16, bytes)).order(ByteOrder.LITTLE_ENDIAN);
      for (int i = 0; i < b.capacity(); i++) b.put(i, (byte) 0);
      return new Buf(dev, b);
    }

    @Override
    public void set(int slot, Buf pointer) {
      // Pointer.to(a device pointer) points at the 8-byte address itself: this copies the address
      check(cuMemcpyHtoD(table.withByteOffset(8L * slot), Pointer.to(pointer.device()), 8), "the kernel table");
    }

    @Override
    public void set(int slot, long value) {
      check(cuMemcpyHtoD(table.withByteOffset(8L * slot), Pointer.to(new long[] {value}), 8), "the kernel table");
    }
  }

  private static CUdeviceptr device(List<CUdeviceptr> owned, long bytes, String what) {
    CUdeviceptr p = new CUdeviceptr();
    alloc(p, Math.max(16, bytes), what);
    owned.add(p);
    check(cuMemsetD8(p, (byte) 0, Math.max(16, bytes)), "clearing " + what);
    return p;
  }

  private static CUdeviceptr upload(List<CUdeviceptr> owned, ByteBuffer data, String what) {
    CUdeviceptr p = device(owned, data.capacity(), what);
    byte[] host = new byte[data.capacity()];
    data.duplicate().rewind().get(host);
    check(cuMemcpyHtoD(p, Pointer.to(host), host.length), "uploading " + what);
    return p;
  }

  /** Device memory, 256-byte aligned as cuMemAlloc guarantees (KernelAbi's alignments rely on it). */
  private static void alloc(CUdeviceptr p, long bytes, String what) {
    int rc = cuMemAlloc(p, bytes);
    if (rc == CUresult.CUDA_ERROR_OUT_OF_MEMORY) {
      long[] free = new long[1], total = new long[1];
      cuMemGetInfo(free, total);
      throw new OutOfMemoryException("out of device memory: " + what + " needs " + bytes + " bytes, " + free[0] + " of " + total[0] + " are free");
    }
    check(rc, "allocating " + bytes + " bytes for " + what);
  }

  private static int attribute(CUdevice dev, int attr) {
    int[] v = new int[1];
    check(cuDeviceGetAttribute(v, attr, dev), "reading a device attribute");
    return v[0];
  }

  private static void check(int rc, String what) {
    if (rc != CUresult.CUDA_SUCCESS) throw new ExecutionException(what + " failed: " + CUresult.stringFor(rc));
  }

  @Override
  public void close() {
    cuMemFree(weights);
    cuCtxDestroy(context);
  }
}
