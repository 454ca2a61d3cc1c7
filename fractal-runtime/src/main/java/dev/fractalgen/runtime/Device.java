package dev.fractalgen.runtime;

/** Where a model's compiled loop runs. */
public enum Device {
  /** CUDA when JCuda is on the class path, a GPU is present and the bundle has a kernel for it; else the host. */
  AUTO,
  /** The host kernel on CPU threads. */
  HOST,
  /** The PTX kernel on the first NVIDIA GPU (needs JCuda on the class path and sm_80 or newer). */
  CUDA
}
