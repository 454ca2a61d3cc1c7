package dev.fractalgen.backend.target;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.fractalgen.backend.BackendException;
import dev.fractalgen.backend.llvm.Ir;
import dev.fractalgen.passes.target.TargetDescription;
import dev.fractalgen.runtime.kernel.KernelAbi;
import java.util.Arrays;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * A machine the kernel is compiled for: its LLVM triple and CPU, how the kernel entry is declared,
 * where thread and block numbers come from, and how a block's threads meet.
 */
public enum Target {
  /** x86-64 Linux: CPU threads stand in for blocks of one thread; entry (ptr table, i32 block). */
  HOST(TargetDescription.HOST, "x86_64-unknown-linux-gnu", "x86-64", Kind.HOST),
  SM_80(TargetDescription.SM_80, "nvptx64-nvidia-cuda", "sm_80", Kind.NVPTX),
  SM_90(TargetDescription.SM_90, "nvptx64-nvidia-cuda", "sm_90", Kind.NVPTX),
  GFX90A(TargetDescription.GFX90A, "amdgcn-amd-amdhsa", "gfx90a", Kind.AMDGPU),
  GFX942(TargetDescription.GFX942, "amdgcn-amd-amdhsa", "gfx942", Kind.AMDGPU);

  public enum Kind { HOST, NVPTX, AMDGPU }

  public final String id;
  /** The machine's numbers (warp width, block size, shared memory) as the passes see them. */
  public final TargetDescription description;
  public final String triple;
  public final String cpu;
  public final Kind kind;

  Target(TargetDescription description, String triple, String cpu, Kind kind) {
    this.id = description.id();
    this.description = description;
    this.triple = triple;
    this.cpu = cpu;
    this.kind = kind;
  }

  public static Target parse(String id) {
    for (Target t : values()) if (t.id.equals(id)) return t;
    throw new BackendException(BackendException.BAD_OPTION, "unknown target '" + id + "' (known: "
        + String.join(", ", Arrays.stream(values()).map(t -> t.id).toList()) + ")");
  }

  /** The file name of the compiled kernel inside a bundle. */
  public String fileName() {
    return switch (kind) {
      case HOST -> "kernel.host.so";
      case NVPTX -> "kernel." + id + ".ptx";
      case AMDGPU -> "kernel." + id + ".hsaco";
    };
  }

  /** The kernel's entry; {@code gpuBlockThreads}: the block size a GPU kernel is launched with. */
  public LLVMValueRef declareEntry(Ir ir, int gpuBlockThreads) {
    LLVMValueRef f = kind == Kind.HOST
        ? ir.declare(KernelAbi.ENTRY, ir.fnType(ir.voidT, ir.ptr, ir.i32), false)
        : ir.declare(KernelAbi.ENTRY, ir.fnType(ir.voidT, ir.ptr), false);
    if (kind == Kind.NVPTX) {
      LLVMSetFunctionCallConv(f, LLVMPTXKernelCallConv);
      // the block size the kernel is launched with and compiled for: ptxas fits the registers to
      // it, and a launch with any other size fails instead of computing with the wrong one
      ir.nvvmAnnotation(f, "reqntidx", gpuBlockThreads);
    }
    if (kind == Kind.AMDGPU) LLVMSetFunctionCallConv(f, LLVMAMDGPUKERNELCallConv);
    ir.addStringAttribute(f, "no-builtins", "");
    return f;
  }

  /** {block index, thread index within the block}, both i64. */
  public LLVMValueRef[] threadIds(Ir ir) {
    return switch (kind) {
      case HOST -> new LLVMValueRef[] {ir.zext(ir.param(1), ir.i64), ir.c64(0)};
      case NVPTX -> new LLVMValueRef[] {
          ir.zext(ir.intrinsic("llvm.nvvm.read.ptx.sreg.ctaid.x", ir.i32), ir.i64),
          ir.zext(ir.intrinsic("llvm.nvvm.read.ptx.sreg.tid.x", ir.i32), ir.i64)};
      case AMDGPU -> new LLVMValueRef[] {
          ir.zext(ir.intrinsic("llvm.amdgcn.workgroup.id.x", ir.i32), ir.i64),
          ir.zext(ir.intrinsic("llvm.amdgcn.workitem.id.x", ir.i32), ir.i64)};
    };
  }

  /** All threads of the block meet, memory made visible among them. */
  public void blockBarrier(Ir ir) {
    switch (kind) {
      case HOST -> { }
      case NVPTX -> ir.intrinsic("llvm.nvvm.barrier0", ir.voidT);
      case AMDGPU -> {
        ir.fence();
        ir.intrinsic("llvm.amdgcn.s.barrier", ir.voidT);
        ir.fence();
      }
    }
  }

  /** An i64 time stamp: ns (NVPTX global timer), cycles (host), or the AMDGPU real-time counter. */
  public LLVMValueRef timer(Ir ir) {
    return switch (kind) {
      case HOST -> ir.intrinsic("llvm.readcyclecounter", ir.i64);
      case NVPTX -> ir.intrinsic("llvm.nvvm.read.ptx.sreg.globaltimer", ir.i64);
      case AMDGPU -> ir.intrinsic("llvm.amdgcn.s.memrealtime", ir.i64);
    };
  }

  /** The unit of {@link #timer}. */
  public String timerUnit() {
    return switch (kind) {
      case HOST -> "cycles";
      case NVPTX -> "ns";
      case AMDGPU -> "ticks";
    };
  }

  /**
   * Threads that exchange registers with shuffles (a warp), or 0 where this backend has none: there
   * an iteration mapped to a warp runs on one thread, in the same order.
   */
  public int warpLanes() {
    return description.warpShuffles() ? description.warpWidth() : 0;
  }

  /** The f32 {@code v} of the lane {@code delta} above this one in the warp (all lanes take part). */
  public LLVMValueRef shuffleDown(Ir ir, LLVMValueRef v, int delta) {
    if (kind != Kind.NVPTX) throw new IllegalStateException(this + " has no warp shuffles");
    return ir.intrinsic("llvm.nvvm.shfl.sync.down.f32", ir.f32, ir.c32(-1), v, ir.c32(delta), ir.c32(description.warpWidth() - 1));
  }

  /** The i32 {@code v} of the lane {@code delta} above this one in the warp (all lanes take part). */
  public LLVMValueRef shuffleDownInt(Ir ir, LLVMValueRef v, int delta) {
    if (kind != Kind.NVPTX) throw new IllegalStateException(this + " has no warp shuffles");
    return ir.intrinsic("llvm.nvvm.shfl.sync.down.i32", ir.i32, ir.c32(-1), v, ir.c32(delta), ir.c32(description.warpWidth() - 1));
  }

  /** The f32 {@code v} of the warp's lane 0, in every lane. */
  public LLVMValueRef shuffleFirst(Ir ir, LLVMValueRef v) {
    if (kind != Kind.NVPTX) throw new IllegalStateException(this + " has no warp shuffles");
    return ir.intrinsic("llvm.nvvm.shfl.sync.idx.f32", ir.f32, ir.c32(-1), v, ir.c32(0), ir.c32(description.warpWidth() - 1));
  }

  /** Asks for the 128-byte line at generic address {@code p} to be brought into L2; nothing where there is no such hint. */
  public void prefetchL2(Ir ir, LLVMValueRef p) {
    if (kind == Kind.NVPTX) ir.inlineAsm("prefetch.L2 [$0];", "l", p);
  }

  /** Whether the machine copies global memory into shared memory without a thread's registers (cp.async, sm_80 on). */
  public boolean copiesAsync() {
    return kind == Kind.NVPTX;
  }

  /**
   * Starts copying the 16 bytes at generic address {@code from} (global memory, 16-byte aligned)
   * to {@code to}, a pointer of the shared address space (16-byte aligned); the copy joins this
   * thread's open group (see {@link #commitCopies}). The bytes pass L2 and skip L1.
   */
  public void copyAsync16(Ir ir, LLVMValueRef to, LLVMValueRef from) {
    if (!copiesAsync()) throw new IllegalStateException(this + " has no asynchronous copies");
    LLVMValueRef shared = LLVMBuildPtrToInt(ir.b, to, ir.i32, "");
    ir.inlineAsm("{ .reg .u64 g; cvta.to.global.u64 g, $1; cp.async.cg.shared.global [$0], [g], 16; }", "r,l,~{memory}", shared, from);
  }

  /** Closes this thread's open group of asynchronous copies. */
  public void commitCopies(Ir ir) {
    ir.inlineAsm("cp.async.commit_group;", "~{memory}");
  }

  /**
   * Waits until at most {@code pending} of this thread's committed groups are still copying; the
   * others' bytes are then visible to this thread (to the warp after {@link #warpSync}).
   */
  public void waitCopies(Ir ir, int pending) {
    ir.inlineAsm("cp.async.wait_group " + pending + ";", "~{memory}");
  }

  /**
   * The warp's lanes meet; their memory writes before it (shared and global) are visible to each
   * other after it (bar.warp.sync orders memory among the lanes taking part).
   */
  public void warpSync(Ir ir) {
    ir.intrinsic("llvm.nvvm.bar.warp.sync", ir.voidT, ir.c32(-1));
  }

  /**
   * The LLVM sync scope of all the kernel's threads and no more: grid barriers and counters order
   * memory among them only. A GPU's system scope would also order against the host and its bus,
   * which costs many times more (fence.sc.sys against fence.sc.gpu); the host kernel's threads are
   * the system's.
   */
  public String gridScope() {
    return switch (kind) {
      case HOST -> "";
      case NVPTX -> "device";
      case AMDGPU -> "agent";
    };
  }

  /** A hint inside spin loops. */
  public void spinPause(Ir ir) {
    switch (kind) {
      case HOST -> ir.intrinsic("llvm.x86.sse2.pause", ir.voidT);
      case NVPTX -> ir.intrinsic("llvm.nvvm.nanosleep", ir.voidT, ir.c32(64));
      case AMDGPU -> ir.intrinsic("llvm.amdgcn.s.sleep", ir.voidT, ir.c32(1));
    }
  }
}
