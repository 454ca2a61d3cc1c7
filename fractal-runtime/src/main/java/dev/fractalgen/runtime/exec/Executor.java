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
  GenerationResult generate(GenerationRequest r, TokenCallback callback, long timeoutMillis);

  /** Where it runs, for reports: "CPU, 2 threads", "NVIDIA H200". */
  String device();

  @Override
  void close();
}
