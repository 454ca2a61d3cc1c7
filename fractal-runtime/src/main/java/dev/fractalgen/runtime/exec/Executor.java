package dev.fractalgen.runtime.exec;

/**
 * Runs a compiled bundle's generate kernel: on CPU threads ({@link HostExecutor}) or on a GPU
 * ({@link CudaExecutor}). The weights are loaded once; each call generates for a batch of prompts.
 */
public interface Executor extends AutoCloseable {
  /**
   * Generates for every prompt of {@code r}, handing each token to {@code callback} (may be null)
   * as the kernel emits it. {@code timeoutMillis} (0: none) bounds the whole call: past it the
   * kernel is asked to stop, and the call fails.
   */
  default GenerationResult generate(GenerationRequest r, TokenCallback callback, long timeoutMillis) {
    return generate(r, callback, timeoutMillis, new Cancellation());
  }

  /**
   * As above; when {@code cancel} is requested (from the callback or another thread) the kernel
   * stops at its next step and the call returns the tokens generated so far, the sequences still
   * running marked "stopped". A callback that throws cancels the call too; its exception is
   * rethrown once the kernel has stopped and released its memory.
   */
  GenerationResult generate(GenerationRequest r, TokenCallback callback, long timeoutMillis, Cancellation cancel);

  /** Where it runs, for reports: "CPU, 2 threads", "NVIDIA H200". */
  String device();

  @Override
  void close();
}
