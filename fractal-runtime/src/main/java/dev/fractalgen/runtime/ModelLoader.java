package dev.fractalgen.runtime;

import dev.fractalgen.runtime.bundle.Bundle;
import dev.fractalgen.runtime.checkpoint.CheckpointException;
import dev.fractalgen.runtime.checkpoint.Checkpoints;
import dev.fractalgen.runtime.checkpoint.WeightBinder;
import dev.fractalgen.runtime.exec.ExecutionException;
import dev.fractalgen.runtime.exec.Executor;
import dev.fractalgen.runtime.exec.HostExecutor;
import dev.fractalgen.runtime.exec.WeightImage;
import dev.fractalgen.runtime.text.Tokenizer;
import dev.fractalgen.runtime.text.TokenizerException;
import dev.fractalgen.runtime.text.Tokenizers;
import java.lang.foreign.MemorySegment;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Loads a {@link Model}: a bundle (a folder, or the class path), the checkpoint its weights come
 * from, a tokenizer, and the device. Every mismatch is a {@link ModelLoadException} naming it.
 */
public final class ModelLoader {
  private final Path bundleDir;
  private final String classpathName;
  private final ClassLoader loader;
  private Path weights, tokenizer;
  private Device device = Device.AUTO;
  private int threads;
  private boolean allowUnbound;

  ModelLoader(Path bundleDir, String classpathName, ClassLoader loader) {
    this.bundleDir = bundleDir;
    this.classpathName = classpathName;
    this.loader = loader;
  }

  /** The checkpoint: a llama2.c {@code .bin} or a {@code .safetensors} file (required). */
  public ModelLoader weights(Path checkpoint) {
    weights = Objects.requireNonNull(checkpoint, "checkpoint");
    return this;
  }

  /** The tokenizer (llama2.c {@code .bin} or {@code tokenizer.json}); default: the one beside the checkpoint, if any. */
  public ModelLoader tokenizer(Path file) {
    tokenizer = Objects.requireNonNull(file, "file");
    return this;
  }

  public ModelLoader device(Device d) {
    device = Objects.requireNonNull(d, "device");
    return this;
  }

  /**
   * Host device: CPU threads to run on, at most the processors of this machine; default 0, chosen
   * from the model's size and the processors other processes leave free.
   */
  public ModelLoader threads(int n) {
    int cores = Runtime.getRuntime().availableProcessors();
    if (n < 0 || n > cores) throw new IllegalArgumentException("threads must be in [0, " + cores + "] (0: chosen from the model and the free processors), got " + n);
    threads = n;
    return this;
  }

  /**
   * Loads even when the checkpoint has tensors no weight of the program binds (a warning names
   * them); by default that is an error, as the model would silently run without them.
   */
  public ModelLoader allowUnboundTensors(boolean allow) {
    allowUnbound = allow;
    return this;
  }

  /** Reads the bundle, binds and checks the weights, opens the tokenizer and the device. */
  public Model load() {
    if (weights == null) throw new ModelLoadException("no checkpoint given: call weights(path) before load()");
    ClasspathBundle extracted = classpathName != null ? ClasspathBundle.extract(classpathName, loader) : null;
    boolean ok = false;
    Executor executor = null;
    Tokenizer tok = null;
    try {
      Bundle bundle = extracted != null ? extracted.bundle() : open(bundleDir);
      Device chosen = choose(bundle);
      MemorySegment blob = weightsImage(bundle);
      tok = openTokenizer(bundle);
      executor = chosen == Device.CUDA ? CudaSupport.executor(bundle, blob) : new HostExecutor(bundle, blob, threads);
      Model m = new Model(bundle.manifest(), executor, tok, chosen, extracted == null ? () -> {} : extracted::delete);
      ok = true;
      return m;
    } catch (ExecutionException e) {
      throw new ModelLoadException(e.getMessage(), e);
    } finally {
      if (!ok) {
        if (executor != null) executor.close();
        if (tok != null) tok.close();
        if (extracted != null) extracted.delete();
      }
    }
  }

  private static Bundle open(Path dir) {
    try {
      return Bundle.open(dir);
    } catch (Bundle.BundleException e) {
      throw new ModelLoadException(e.getMessage(), e);
    }
  }

  private Device choose(Bundle b) {
    var kernels = b.manifest().kernels().keySet();
    boolean gpuKernel = kernels.contains("sm_80") || kernels.contains("sm_90");
    Device d = device;
    if (d == Device.AUTO) d = gpuKernel && CudaSupport.available() ? Device.CUDA : Device.HOST;
    if (d == Device.CUDA && !gpuKernel) throw new ModelLoadException("the bundle has no CUDA kernel (it has " + kernels + "); compile it for sm_80 or sm_90");
    if (d == Device.CUDA && !CudaSupport.available()) {
      throw new ModelLoadException("no CUDA device is available (JCuda not on the class path, no driver, or no GPU); use Device.HOST");
    }
    if (d == Device.HOST && !kernels.contains("host")) throw new ModelLoadException("the bundle has no host kernel (it has " + kernels + "); compile it for host");
    return d;
  }

  private MemorySegment weightsImage(Bundle b) {
    Consumer<List<String>> unbound = !allowUnbound ? null : names -> System.getLogger(ModelLoader.class.getName()).log(
        System.Logger.Level.WARNING, "running without " + names.size() + " checkpoint tensor(s) that no weight binds: " + WeightBinder.listed(names));
    try {
      return WeightImage.build(b.manifest(), Checkpoints.open(weights), unbound);
    } catch (CheckpointException e) {
      throw new ModelLoadException(e.getMessage(), e);
    }
  }

  private Tokenizer openTokenizer(Bundle b) {
    long vocab = b.manifest().vocab();
    Path p = tokenizer != null ? tokenizer : vocab > 0 ? Tokenizers.besideCheckpoint(weights, vocab).orElse(null) : null;
    if (p == null) return null;
    try {
      return Tokenizers.open(p, vocab);
    } catch (TokenizerException e) {
      throw new ModelLoadException(e.getMessage(), e);
    }
  }
}
