package dev.fractalgen.runtime;

import dev.fractalgen.runtime.bundle.Manifest;
import dev.fractalgen.runtime.exec.Cancellation;
import dev.fractalgen.runtime.exec.ExecutionException;
import dev.fractalgen.runtime.exec.Executor;
import dev.fractalgen.runtime.exec.GenerationRequest;
import dev.fractalgen.runtime.exec.GenerationResult;
import dev.fractalgen.runtime.text.Tokenizer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

/**
 * A compiled generate loop with its weights loaded, ready to generate.
 *
 * <pre>{@code
 * try (Model model = Model.fromClasspath("llama2c").weights(Path.of("stories260K.bin")).load()) {
 *   System.out.println(model.generate("Once upon a time", GenerateOptions.greedy(256)).text());
 * }
 * }</pre>
 *
 * <p>Thread-safe: calls from several threads run one after another (the loop uses the whole
 * device). Every call is checked before anything is launched ({@link InvalidRequestException}).
 * {@link #close()} stops a running call, releases the device, and never throws.
 */
public final class Model implements AutoCloseable {
  private final Manifest manifest;
  private final Executor executor;
  private final Tokenizer tokenizer;
  private final Device device;
  private final Runnable cleanup;
  private final ReentrantLock lock = new ReentrantLock(true);
  private volatile boolean closed;
  private volatile Cancellation running;

  Model(Manifest manifest, Executor executor, Tokenizer tokenizer, Device device, Runnable cleanup) {
    this.manifest = manifest;
    this.executor = executor;
    this.tokenizer = tokenizer;
    this.device = device;
    this.cleanup = cleanup;
  }

  /** A model from a bundle folder made by {@code fractal compile} or the Maven plugin. */
  public static ModelLoader fromBundle(Path dir) {
    return new ModelLoader(dir, null, null);
  }

  /** The bundle the Maven plugin put on the class path as {@code fractal/<name>/}, found by the thread's context class loader. */
  public static ModelLoader fromClasspath(String name) {
    return fromClasspath(name, Thread.currentThread().getContextClassLoader());
  }

  public static ModelLoader fromClasspath(String name, ClassLoader loader) {
    return new ModelLoader(null, name, loader == null ? Model.class.getClassLoader() : loader);
  }

  /** The program's name (its {@code model} declaration). */
  public String name() {
    return manifest.model();
  }

  public Device device() {
    return device;
  }

  /** Where it runs, such as "CPU, 2 threads" or "NVIDIA H200". */
  public String deviceName() {
    return executor.device();
  }

  public int vocabularySize() {
    return (int) manifest.vocab();
  }

  /** How many positions a sequence may use (prompt plus new tokens), 0 when unbounded. */
  public long capacity() {
    return Math.max(0, manifest.appendCapacity());
  }

  /** Whether the model has a tokenizer, so prompts and results can be text. */
  public boolean hasTokenizer() {
    return tokenizer != null;
  }

  /** The prompt ids of {@code text}, as generate encodes them. */
  public int[] encode(String text) {
    return encodeOne(requireTokenizer(), text);
  }

  public Generation generate(String prompt, GenerateOptions options) {
    return generate(List.of(prompt), options, null);
  }

  /** Generates one sequence per prompt, in one launch. */
  public Generation generate(List<String> prompts, GenerateOptions options, TokenListener listener) {
    return generateIds(encodeAll(prompts), options, listener);
  }

  /** Generates from token ids; {@code listener} may be null. */
  public Generation generateIds(int[][] prompts, GenerateOptions options, TokenListener listener) {
    return run(prompts, options, listener, new Cancellation());
  }

  /** Generates on a new thread; the task can be cancelled from any thread. */
  public GenerationTask start(List<String> prompts, GenerateOptions options, TokenListener listener) {
    int[][] ids = encodeAll(prompts);
    return GenerationTask.start(cancel -> run(ids, options, listener, cancel));
  }

  /**
   * The tokens of one prompt as a stream, generated on another thread while it is consumed.
   * Closing the stream before its end cancels the generation: use it in try-with-resources.
   */
  public Stream<Token> stream(String prompt, GenerateOptions options) {
    int[][] ids = encodeAll(List.of(prompt));
    return TokenQueue.stream(listener -> GenerationTask.start(cancel -> run(ids, options, listener, cancel)));
  }

  private int[][] encodeAll(List<String> prompts) {
    Tokenizer t = requireTokenizer();
    int[][] ids = new int[prompts.size()][];
    for (int i = 0; i < ids.length; i++) ids[i] = encodeOne(t, prompts.get(i));
    return ids;
  }

  private static int[] encodeOne(Tokenizer t, String text) {
    try {
      return t.encode(text);
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException(e.getMessage());
    }
  }

  private Tokenizer requireTokenizer() {
    if (tokenizer == null) throw new InvalidRequestException("the model has no tokenizer, so prompts must be token ids (generateIds)");
    return tokenizer;
  }

  private Generation run(int[][] prompts, GenerateOptions options, TokenListener listener, Cancellation cancel) {
    if (!options.stopStrings().isEmpty() && tokenizer == null) throw new InvalidRequestException("stop strings need a tokenizer");
    Map<String, Double> params = LoopRequest.params(manifest, prompts, options);
    options.timeout().ifPresent(cancel::after);
    List<SequenceTracker> seqs = new ArrayList<>();
    for (int[] p : prompts) seqs.add(new SequenceTracker(tokenizer, p, options));
    lock.lock();
    try {
      if (closed) throw new IllegalStateException("the model is closed");
      running = cancel;
      GenerationResult r;
      boolean[] refused = {false};
      try {
        r = executor.generate(new GenerationRequest(prompts, params), (s, i, id) -> {
          // tokens the kernel emits after the listener said stop are not part of the result
          if (refused[0]) return;
          String text = seqs.get(s).accept(id);
          if (text == null) return;
          refused[0] = listener != null && !listener.onToken(new Token(s, i, id, text));
          if (refused[0] || seqs.stream().allMatch(SequenceTracker::stopped)) cancel.cancel();
        }, 0, cancel);
      } catch (ExecutionException e) {
        throw new GenerationException(e.getMessage(), e);
      }
      return result(prompts, seqs, r, cancel);
    } finally {
      running = null;
      lock.unlock();
    }
  }

  private Generation result(int[][] prompts, List<SequenceTracker> seqs, GenerationResult r, Cancellation cancel) {
    List<Completion> out = new ArrayList<>();
    for (int s = 0; s < prompts.length; s++) {
      SequenceTracker t = seqs.get(s);
      GenerationResult.Sequence q = r.sequences().get(s);
      StopReason why = t.stop() != null ? t.stop()
          : switch (q.stop()) {
            case "eos" -> StopReason.EOS;
            case "max_tokens" -> StopReason.MAX_TOKENS;
            default -> cancel.expired() ? StopReason.TIMEOUT : StopReason.CANCELLED;
          };
      int[] tokens = java.util.Arrays.copyOf(q.tokens(), Math.min(q.tokens().length, t.accepted()));
      out.add(new Completion(prompts[s].clone(), tokens, t.finish(), why));
    }
    Duration first = r.firstTokenNanos() < 0 ? null : Duration.ofNanos(r.firstTokenNanos());
    return new Generation(List.copyOf(out), Duration.ofNanos(r.wallNanos()), first, executor.device());
  }

  /** Stops a running call, waits for it, and releases the device and the model's files; never throws. */
  @Override
  public void close() {
    synchronized (this) {
      if (closed) return;
      closed = true;
    }
    Cancellation c = running;
    if (c != null) c.cancel();
    lock.lock();
    try {
      quietly(executor::close);
      if (tokenizer != null) quietly(tokenizer::close);
      quietly(cleanup);
    } finally {
      lock.unlock();
    }
  }

  private static void quietly(Runnable r) {
    try {
      r.run();
    } catch (RuntimeException | Error e) {
      System.getLogger(Model.class.getName()).log(System.Logger.Level.WARNING, "closing a model: " + e);
    }
  }
}
