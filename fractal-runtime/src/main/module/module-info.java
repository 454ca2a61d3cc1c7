/**
 * The FractalGen runtime. Applications use {@code dev.fractalgen.runtime} ({@link
 * dev.fractalgen.runtime.Model} and its companions); every other package is internal and may
 * change. JCuda is optional: without it the runtime runs on the host only.
 */
module dev.fractalgen.runtime {
  requires dev.fractalgen.core;
  requires com.google.gson;
  requires ai.djl.tokenizers;
  requires static jcuda;

  exports dev.fractalgen.runtime;
  // the bundle manifest is read by Gson, reflectively
  opens dev.fractalgen.runtime.bundle to com.google.gson;
}
