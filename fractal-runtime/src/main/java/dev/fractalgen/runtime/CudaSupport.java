package dev.fractalgen.runtime;

import dev.fractalgen.runtime.bundle.Bundle;
import dev.fractalgen.runtime.exec.CudaExecutor;
import dev.fractalgen.runtime.exec.Executor;
import java.lang.foreign.MemorySegment;

/**
 * The only class of the API that touches the CUDA executor: JCuda is an optional dependency, and
 * a host-only application never loads a class that names it.
 */
final class CudaSupport {
  private CudaSupport() {}

  /** JCuda is on the class path, the driver loads and sees a device. */
  static boolean available() {
    try {
      Class.forName("jcuda.driver.JCudaDriver", false, CudaSupport.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
    return CudaExecutor.available();
  }

  static Executor executor(Bundle b, MemorySegment weights) {
    return new CudaExecutor(b, weights, 0);
  }
}
