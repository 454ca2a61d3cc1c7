package dev.fractalgen.backend.llvm;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.fractalgen.backend.BackendException;
import dev.fractalgen.backend.target.Target;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.llvm.LLVM.LLVMErrorRef;
import org.bytedeco.llvm.LLVM.LLVMMemoryBufferRef;
import org.bytedeco.llvm.LLVM.LLVMTargetMachineRef;
import org.bytedeco.llvm.LLVM.LLVMTargetRef;

/**
 * From an LLVM module to a target's bytes: verify, optimize (O2), emit PTX text or an object,
 * and link objects into loadable shared objects with the lld carried by the LLVM presets. On any
 * failure the module is written next to the output and the error names a command that reproduces it.
 */
public final class Toolchain {
  private static boolean initialized;

  private Toolchain() {
  }

  private static synchronized void initialize() {
    if (initialized) return;
    LLVMInitializeX86TargetInfo();
    LLVMInitializeX86Target();
    LLVMInitializeX86TargetMC();
    LLVMInitializeX86AsmPrinter();
    LLVMInitializeNVPTXTargetInfo();
    LLVMInitializeNVPTXTarget();
    LLVMInitializeNVPTXTargetMC();
    LLVMInitializeNVPTXAsmPrinter();
    LLVMInitializeAMDGPUTargetInfo();
    LLVMInitializeAMDGPUTarget();
    LLVMInitializeAMDGPUTargetMC();
    LLVMInitializeAMDGPUAsmPrinter();
    initialized = true;
  }

  /**
   * Prepares {@code ir}'s module for {@code t} on CPU {@code cpu} with the extra {@code features}
   * (the target's own CPU, or for the host the x86-64 level compiled for): triple and data layout,
   * set before any code is built.
   */
  public static LLVMTargetMachineRef machine(Ir ir, Target t, String cpu, String features) {
    initialize();
    LLVMTargetRef target = new LLVMTargetRef();
    BytePointer error = new BytePointer();
    if (LLVMGetTargetFromTriple(new BytePointer(t.triple), target, error) != 0) {
      throw new BackendException(BackendException.LLVM_FAILED, "no LLVM target for " + t.triple + ": " + error.getString());
    }
    LLVMTargetMachineRef tm = LLVMCreateTargetMachine(target, t.triple, cpu, features, LLVMCodeGenLevelAggressive,
        LLVMRelocPIC, LLVMCodeModelDefault);
    LLVMSetTarget(ir.module, t.triple);
    LLVMSetModuleDataLayout(ir.module, LLVMCreateTargetDataLayout(tm));
    return tm;
  }

  /** As {@link #emit(Ir, Target, LLVMTargetMachineRef, Path, String)} for the target's one kernel, named after it. */
  public static byte[] emit(Ir ir, Target t, LLVMTargetMachineRef tm, Path failureDir) {
    return emit(ir, t, tm, failureDir, t.id);
  }

  /**
   * Verifies, optimizes and emits the module: PTX text for NVPTX, an object file otherwise. A
   * failure saves the module as {@code failed-NAME.ll} in {@code failureDir}: {@code name} tells
   * a target's kernels apart (sm_90, sm_90.b4).
   */
  public static byte[] emit(Ir ir, Target t, LLVMTargetMachineRef tm, Path failureDir, String name) {
    BytePointer error = new BytePointer();
    if (LLVMVerifyModule(ir.module, LLVMReturnStatusAction, error) != 0) {
      throw failure(ir, name, failureDir, "the LLVM verifier rejected the kernel: " + error.getString(), "opt -passes=verify");
    }
    LLVMErrorRef passError = LLVMRunPasses(ir.module, "default<O2>", tm, LLVMCreatePassBuilderOptions());
    if (passError != null && !passError.isNull()) {
      throw failure(ir, name, failureDir, "the LLVM optimizer failed: " + LLVMGetErrorMessage(passError).getString(), "opt -passes='default<O2>'");
    }
    LLVMMemoryBufferRef out = new LLVMMemoryBufferRef();
    int kind = t.kind == Target.Kind.NVPTX ? LLVMAssemblyFile : LLVMObjectFile;
    if (LLVMTargetMachineEmitToMemoryBuffer(tm, ir.module, kind, error, out) != 0) {
      throw failure(ir, name, failureDir, "LLVM code generation failed: " + error.getString(),
          "llc -O2 -mtriple=" + t.triple + " -mcpu=" + LLVMGetTargetMachineCPU(tm).getString() + " -mattr=" + LLVMGetTargetMachineFeatureString(tm).getString());
    }
    byte[] bytes = new byte[(int) LLVMGetBufferSize(out)];
    LLVMGetBufferStart(out).get(bytes);
    LLVMDisposeMemoryBuffer(out);
    return bytes;
  }

  private static BackendException failure(Ir ir, String name, Path dir, String message, String tool) {
    try {
      Files.createDirectories(dir);
      Path file = dir.resolve("failed-" + name + ".ll");
      Files.writeString(file, ir.text());
      return new BackendException(BackendException.LLVM_FAILED, message + "\n  the module: " + file
          + "\n  reproduce with LLVM 20: " + tool + " " + file);
    } catch (IOException e) {
      return new BackendException(BackendException.LLVM_FAILED, message + " (and the module could not be saved: " + e.getMessage() + ")");
    }
  }

  /**
   * Assembles emitted PTX with ptxas when it is installed (a machine without the CUDA tools skips
   * this, returning null; the driver assembles PTX at load time anyway), and returns what ptxas
   * reports of the kernel's resources (registers, spills, stack). A rejection names the PTX, the
   * LLVM module it came from (saved as {@code failed-NAME.ll}) and the exact ptxas command that
   * reproduces it.
   */
  public static PtxResources checkPtx(Ir ir, Target t, Path ptx, Path failureDir, String name) {
    String ptxas = onPath("ptxas");
    if (ptxas == null) return null;
    List<String> cmd = List.of(ptxas, "-arch=" + t.id, "-v", "-o", "/dev/null", ptx.toString());
    try {
      return PtxResources.parse(run(cmd, Map.of(), "ptxas"));
    } catch (BackendException | IOException e) {
      BackendException f = failure(ir, name, failureDir, "ptxas rejected the " + name + " kernel " + ptx + ": " + e.getMessage(), "llc -O2 -mtriple=" + t.triple + " -mcpu=" + t.cpu);
      throw new BackendException(BackendException.TOOL_FAILED, f.getMessage() + "\n  reproduce the rejection: " + String.join(" ", cmd));
    }
  }

  /** The path of {@code tool} on the PATH, or null. */
  public static String onPath(String tool) {
    for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path p = Path.of(d, tool);
      if (Files.isExecutable(p)) return p.toString();
    }
    return null;
  }

  /** Links one object into a shared object (host: loadable with dlopen; AMDGPU: an HSA code object). */
  public static byte[] link(byte[] object, Target t, Path workDir) {
    try {
      Files.createDirectories(workDir);
      Path in = workDir.resolve("kernel." + t.id + ".o");
      Path out = workDir.resolve(t.fileName());
      Files.write(in, object);
      List<String> cmd = new ArrayList<>(List.of(lld().toString(), "-flavor", "gnu", "-shared", "-o", out.toString(), in.toString()));
      if (t.kind == Target.Kind.HOST) cmd.addAll(List.of("-z", "noexecstack", "--hash-style=both"));
      run(cmd, Map.of("LD_LIBRARY_PATH", lld().getParent()), "the linker");
      byte[] bytes = Files.readAllBytes(out);
      Files.deleteIfExists(in);
      Files.deleteIfExists(out);
      return bytes;
    } catch (IOException e) {
      throw new BackendException(BackendException.TOOL_FAILED, "linking the " + t.id + " kernel: " + e.getMessage());
    }
  }

  /** Runs {@code cmd}; a non-zero exit becomes an error quoting the command and its output. */
  public static String run(List<String> cmd, Map<String, String> env, String what) throws IOException {
    // the output goes to a file: a pipe nobody reads until the tool ends would stall a talkative tool
    Path log = Files.createTempFile("fractal-tool-", ".log");
    try {
      ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
      pb.environment().putAll(env);
      Process p = pb.start();
      try {
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
          p.destroyForcibly();
          throw new BackendException(BackendException.TOOL_FAILED, what + " did not finish in 300 s: " + String.join(" ", cmd));
        }
      } catch (InterruptedException e) {
        p.destroyForcibly();
        Thread.currentThread().interrupt();
        throw new BackendException(BackendException.TOOL_FAILED, what + " was interrupted");
      }
      String output = Files.readString(log, StandardCharsets.ISO_8859_1);
      if (p.exitValue() != 0) {
        throw new BackendException(BackendException.TOOL_FAILED, what + " failed (exit " + p.exitValue() + "): "
            + String.join(" ", cmd) + "\n" + output.strip());
      }
      return output;
    } finally {
      Files.deleteIfExists(log);
    }
  }

  /**
   * The lld executable of the presets, unpacked beside libLLVM.so; it asks for the library by its
   * versioned name, which the presets do not ship, so a link of that name is made next to it.
   */
  private static synchronized File lld() throws IOException {
    Loader.load(org.bytedeco.llvm.global.LLVM.class);
    File f = Loader.cacheResource(Toolchain.class, "/org/bytedeco/llvm/" + Loader.getPlatform() + "/lld");
    if (!f.canExecute() && !f.setExecutable(true)) throw new IOException("cannot make " + f + " executable");
    Path dir = f.toPath().getParent();
    Path versioned = dir.resolve("libLLVM.so.20.1");
    if (!Files.exists(versioned, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      try {
        Files.createSymbolicLink(versioned, dir.resolve("libLLVM.so"));
      } catch (java.nio.file.FileAlreadyExistsException e) {
        // made by a concurrent build
      }
    }
    return f;
  }
}
