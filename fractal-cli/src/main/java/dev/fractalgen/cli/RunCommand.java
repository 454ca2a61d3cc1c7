package dev.fractalgen.cli;

import dev.fractalgen.runtime.checkpoint.CheckpointError;
import dev.fractalgen.runtime.checkpoint.CheckpointException;
import dev.fractalgen.runtime.checkpoint.Checkpoints;
import dev.fractalgen.runtime.checkpoint.WeightBinder;
import dev.fractalgen.runtime.exec.CudaExecutor;
import dev.fractalgen.runtime.exec.ExecutionException;
import dev.fractalgen.runtime.exec.Executor;
import dev.fractalgen.runtime.exec.GenerationRequest;
import dev.fractalgen.runtime.exec.GenerationResult;
import dev.fractalgen.runtime.exec.HostExecutor;
import dev.fractalgen.runtime.exec.OutOfMemoryException;
import dev.fractalgen.runtime.exec.WeightImage;
import dev.fractalgen.runtime.text.Tokenizer;
import dev.fractalgen.runtime.text.TokenizerException;
import dev.fractalgen.runtime.text.Tokenizers;
import java.io.PrintWriter;
import java.lang.foreign.MemorySegment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code fractal run FILE --weights CKPT --prompt TEXT}: compiles (or reuses) the generate loop and streams its output. */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Runs a model program's generate loop and prints what it generates.",
        "The compiled kernel is kept in a cache (see --no-cache), so an unchanged program is compiled once."})
final class RunCommand implements Callable<Integer> {
  enum Backend { auto, reference, host, cuda }

  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "the model program (not needed with --bundle)")
  Path file;

  @Option(names = "--weights", required = true, paramLabel = "CKPT", description = "checkpoint (llama2.c .bin or .safetensors)")
  Path weights;

  @Option(names = "--tokenizer", paramLabel = "FILE",
      description = "tokenizer (llama2.c .bin or Hugging Face tokenizer.json); default: tokenizer.json, tokenizer.bin or "
          + "tok<vocab>.bin beside the checkpoint")
  Path tokenizerFile;

  @Option(names = {"-p", "--prompt"}, paramLabel = "TEXT", description = "prompt text of one sequence; repeat for a batch "
      + "(default: none, i.e. start from the tokenizer's BOS)")
  List<String> texts = new ArrayList<>();

  @Option(names = "--prompt-ids", paramLabel = "IDS", description = "comma-separated token ids of one sequence; repeat for a batch")
  List<String> idLists = new ArrayList<>();

  @Mixin SamplingOptions sampling = new SamplingOptions();

  @Option(names = "--config", paramLabel = "KEY=VALUE", description = "override a config value of the program")
  List<String> config = new ArrayList<>();

  @Option(names = "--pipeline", paramLabel = "NAME", defaultValue = "warp-orders",
      description = "ETDG passes run on the program first: none, standard or warp-orders (long sums in the order a GPU "
          + "warp adds them); every backend, the reference included, computes exactly the result of the same pipeline; "
          + "default: ${DEFAULT-VALUE}")
  String pipeline;

  @Option(names = "--allow-unbound-tensors", description = "run even when the checkpoint has tensors that no weight of the "
      + "program binds (a warning names them); by default that is an error, as the program would silently run without them")
  boolean allowUnbound;

  @Option(names = "--backend", defaultValue = "auto",
      description = "cuda (the compiled kernel on the GPU), host (the compiled kernel on CPU threads), reference (the ETDG "
          + "interpreter), or auto: cuda when a GPU is present, else host; default: ${DEFAULT-VALUE}")
  Backend backend;

  @Option(names = "--bundle", paramLabel = "DIR", description = "run a bundle made by `fractal compile` instead of compiling FILE")
  Path bundleDir;

  @Option(names = "--no-cache", description = "compile into a scratch folder instead of using the bundle cache "
      + "($FRACTAL_CACHE_DIR, else $XDG_CACHE_HOME/fractal, else ~/.cache/fractal)")
  boolean noCache;

  @Option(names = "--threads", defaultValue = "0", paramLabel = "N", description = "host backend: CPU threads; default 0: one per 16 MiB of weights, at most the processors other processes leave free")
  int threads;

  @Option(names = "--timeout", defaultValue = "0", paramLabel = "SECONDS", description = "stop a run that takes longer; default 0: no limit")
  long timeoutSeconds;

  @Option(names = "--output", paramLabel = "FORMAT",
      description = "text (default when a tokenizer is known), ids (one line per sequence), json, or jsonl (one event per token, then a summary)")
  RunOutput.Format output;

  @Option(names = {"-q", "--quiet"}, description = "no summary line on stderr")
  boolean quiet;

  @Option(names = "--logits", description = "with --output json or jsonl: also write each sequence's logits at its last step "
      + "(the distribution its last token was chosen from)")
  boolean logits;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    checkOptions();
    boolean gpu = (backend == Backend.auto || backend == Backend.cuda) && CudaExecutor.available();
    if (backend == Backend.auto) backend = gpu ? Backend.cuda : Backend.host;
    if (backend == Backend.cuda && !gpu) {
      throw new UserError("backend cuda: no CUDA device is available here (no driver or no GPU); use --backend host");
    }
    try (SignalStop stop = SignalStop.install()) {
      return backend == Backend.reference ? ReferenceRun.run(this, err, stop) : compiled(err, gpu, stop);
    }
  }

  private int compiled(PrintWriter err, boolean gpu, SignalStop stop) {
    List<String> targets = backend == Backend.cuda ? List.of("sm_80", "sm_90") : List.of("host");
    KernelSource.Loaded k = bundleDir != null
        ? KernelSource.given(bundleDir, targets)
        : KernelSource.cachedOrCompiled(file, config, pipeline, targets, noCache ? null : BundleCache.userDefault(), err);
    if (k == null) return Main.PROGRAM_ERRORS;
    try (k) {
      LoopFacts facts = LoopFacts.of(k.bundle().manifest());
      long loadStart = System.nanoTime();
      try (Tokenizer tok = tokenizer(facts)) {
        SamplingOptions.Resolved s = sampling.resolve(facts);
        List<Prompts.Prompt> prompts = Prompts.resolve(texts, idLists, tok, facts, s.settings().maxTokens());
        MemorySegment blob;
        try {
          blob = WeightImage.build(k.bundle().manifest(), Checkpoints.open(weights), unboundTensors(err));
        } catch (CheckpointException e) {
          throw new UserError(e.getMessage());
        }
        RunOutput out = RunOutput.of(format(tok), spec.commandLine().getOut(), tok, logits);
        try (Executor ex = backend == Backend.cuda ? new CudaExecutor(k.bundle(), blob, 0) : new HostExecutor(k.bundle(), blob, threads)) {
          long load = System.nanoTime() - loadStart;
          out.start(prompts);
          StreamedTokens streamed = new StreamedTokens(prompts.size());
          GenerationResult r;
          try {
            r = ex.generate(new GenerationRequest(ids(prompts), s.params()), streamed.into(out), timeoutSeconds * 1000);
          } catch (ExecutionException e) {
            if (!stop.requested()) throw e;
            return SignalStop.stopped(this, out, err, facts, s, k, load, tok, prompts, streamed, ex.device());
          }
          report(out, err, facts, s, k, load, tok, prompts, r, ex.device());
        }
        return 0;
      } catch (OutOfMemoryException e) {
        // resources, not the loop: bad input's status
        throw new UserError(e.getMessage());
      } catch (ExecutionException e) {
        err.println("fractal: runtime error: " + e.getMessage());
        return Main.RUNTIME_ERROR;
      }
    }
  }

  private void checkOptions() {
    // a missing checkpoint is named first: its tokenizer is looked for beside it, and a compile would come before it is opened
    if (!Files.exists(weights)) throw new UserError(CheckpointError.CKPT_NOT_FOUND.at(weights).getMessage());
    if (threads < 0) throw new UserError("--threads must be >= 0, got " + threads);
    int cores = Runtime.getRuntime().availableProcessors();
    // more spinning threads than processors only slow the barriers down (and may starve the machine)
    if (threads > cores) throw new UserError("--threads " + threads + " is more than the " + cores + " processors of this machine");
    if (timeoutSeconds < 0) throw new UserError("--timeout must be >= 0, got " + timeoutSeconds);
    if (logits && output != RunOutput.Format.json && output != RunOutput.Format.jsonl) {
      throw new UserError("--logits needs --output json or jsonl");
    }
    if (bundleDir != null) {
      if (file != null) throw new UserError("give either FILE or --bundle DIR, not both");
      if (!config.isEmpty()) throw new UserError("--config cannot change a compiled bundle; compile it again with the new config");
      if (spec.commandLine().getParseResult().hasMatchedOption("--pipeline")) {
        throw new UserError("--pipeline cannot change a compiled bundle; compile it again with `fractal compile --pipeline`");
      }
      if (backend == Backend.reference) throw new UserError("--backend reference interprets FILE; it cannot run a bundle");
    } else if (file == null) {
      throw new UserError("a model program FILE (or --bundle DIR) is required");
    }
  }

  void report(RunOutput out, PrintWriter err, LoopFacts facts, SamplingOptions.Resolved s, KernelSource.Loaded k,
      long loadNanos, Tokenizer tok, List<Prompts.Prompt> prompts, GenerationResult r, String device) {
    RunReport report = new RunReport(facts.model(), backend.name(), device, s.settings(), k == null ? "none" : k.describe(),
        k == null ? 0 : k.compileMillis(), loadNanos / 1_000_000, tok == null ? null : tok.describe(), prompts, r);
    out.finish(report);
    if (!quiet) err.println(report.summary());
    err.flush();
  }

  /** What loading does with checkpoint tensors no weight binds: refuse them (null), or with --allow-unbound-tensors warn. */
  java.util.function.Consumer<List<String>> unboundTensors(PrintWriter err) {
    if (!allowUnbound) return null;
    return names -> err.println("fractal: warning: running without " + names.size() + " tensor" + (names.size() == 1 ? "" : "s")
        + " of the checkpoint that no weight binds: " + WeightBinder.listed(names));
  }

  /** --tokenizer, else the one beside the checkpoint, else none (prompts must then be ids). */
  Tokenizer tokenizer(LoopFacts facts) {
    Path p = tokenizerFile != null ? tokenizerFile : Tokenizers.besideCheckpoint(weights, facts.vocab()).orElse(null);
    if (p == null) return null;
    try {
      return Tokenizers.open(p, facts.vocab());
    } catch (TokenizerException e) {
      throw new UserError(e.getMessage());
    }
  }

  RunOutput.Format format(Tokenizer tok) {
    RunOutput.Format f = output != null ? output : tok != null ? RunOutput.Format.text : RunOutput.Format.ids;
    if (f == RunOutput.Format.text && tok == null) {
      throw new UserError("--output text needs a tokenizer (none beside the checkpoint; name one with --tokenizer)");
    }
    return f;
  }

  static int[][] ids(List<Prompts.Prompt> prompts) {
    return prompts.stream().map(Prompts.Prompt::ids).toArray(int[][]::new);
  }
}
