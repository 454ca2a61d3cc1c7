package dev.fractalgen.backend;

/** A graph the backend cannot compile, or a toolchain failure, with a stable code. */
public final class BackendException extends RuntimeException {
  /** The graph uses something no target compiles yet. */
  public static final String UNSUPPORTED = "BACKEND_UNSUPPORTED";
  /** LLVM rejected the module (verifier, optimizer or code generator). */
  public static final String LLVM_FAILED = "BACKEND_LLVM_FAILED";
  /** An external tool (the linker, ptxas) failed. */
  public static final String TOOL_FAILED = "BACKEND_TOOL_FAILED";
  /** An unknown target name or a bad option. */
  public static final String BAD_OPTION = "BACKEND_BAD_OPTION";

  private final String code;

  public BackendException(String code, String message) {
    super(message);
    this.code = code;
  }

  public String code() {
    return code;
  }
}
