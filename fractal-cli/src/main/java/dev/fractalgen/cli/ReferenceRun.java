package dev.fractalgen.cli;

import dev.fractalgen.etdg.interp.GenerateResult;
import dev.fractalgen.etdg.interp.HostTensor;
import dev.fractalgen.etdg.interp.Interpreter;
import dev.fractalgen.etdg.interp.InterpreterException;
import dev.fractalgen.etdg.interp.InterpreterOptions;
import dev.fractalgen.etdg.interp.NodeCapture;
import dev.fractalgen.etdg.interp.SequenceResult;
import dev.fractalgen.etdg.model.Graph;
import dev.fractalgen.runtime.exec.GenerationResult;
import dev.fractalgen.runtime.text.Tokenizer;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/** {@code run --backend reference}: the program lowered and run by the ETDG interpreter (the semantic oracle). */
final class ReferenceRun {
  private ReferenceRun() {}

  static int run(RunCommand c, PrintWriter err, SignalStop signal) {
    long start = System.nanoTime();
    Graph g = Programs.lower(c.file, c.config, c.pipeline, err);
    if (g == null) return Main.PROGRAM_ERRORS;
    LoopFacts facts = GraphFacts.of(g);
    try (Tokenizer tok = c.tokenizer(facts)) {
      SamplingOptions.Resolved s = c.sampling.resolve(facts);
      List<Prompts.Prompt> prompts = Prompts.resolve(c.texts, c.idLists, tok, facts, s.settings().maxTokens());
      Map<String, HostTensor> w = new WeightLoading(c.weights, c.unboundTensors(err)).load(g);
      long load = System.nanoTime() - start;
      RunOutput out = RunOutput.of(c.format(tok), c.spec.commandLine().getOut(), tok, c.logits);
      out.start(prompts);
      long[] first = {-1};
      long t0 = System.nanoTime();
      GenerateResult r;
      // every step's logits are kept while capturing, so only when --logits asks for them
      NodeCapture logits = c.logits ? NodeCapture.of(GraphFacts.sampledLogits(g)) : null;
      Interpreter interpreter = logits == null ? new Interpreter() : new Interpreter(InterpreterOptions.defaults(), logits);
      AtomicBoolean stop = new AtomicBoolean();
      StreamedTokens streamed = new StreamedTokens(prompts.size());
      var keep = streamed.into(out);
      Callable<GenerateResult> generate = () -> interpreter.generate(g, w, s.params(), RunCommand.ids(prompts), (seq, i, id) -> {
        // the interpreter has no cancel of its own: a stopped run ends at its next token (run here,
        // a signal interrupts this thread; run aside, the waiting thread sets stop)
        if (stop.get() || Thread.currentThread().isInterrupted()) throw new Stopped();
        if (first[0] < 0) first[0] = System.nanoTime() - t0;
        keep.onToken(seq, i, id);
      });
      try {
        r = c.timeoutSeconds == 0 ? generate.call() : withTimeout(generate, c.timeoutSeconds, stop);
      } catch (Stopped | TimeoutException e) {
        if (!signal.requested()) {
          err.println("fractal: runtime error: the reference run did not finish within " + c.timeoutSeconds + " s and was stopped");
          return Main.RUNTIME_ERROR;
        }
        return SignalStop.stopped(c, out, err, facts, s, null, load, tok, prompts, streamed, "ETDG interpreter");
      } catch (InterpreterException e) {
        err.println("fractal: runtime error: " + e.getMessage());
        return Main.RUNTIME_ERROR;
      } catch (RuntimeException e) {
        throw e;
      } catch (Exception e) {
        throw new IllegalStateException(e); // Callable.call declares it; the interpreter throws none
      }
      List<GenerationResult.Sequence> seqs = new ArrayList<>();
      for (int k = 0; k < r.sequences().size(); k++) {
        SequenceResult q = r.sequences().get(k);
        List<HostTensor> steps = logits == null ? List.of() : logits.values(k);
        seqs.add(new GenerationResult.Sequence(q.tokens().stream().mapToInt(Integer::intValue).toArray(),
            q.stopReason().name().toLowerCase(), steps.isEmpty() ? new float[0] : steps.get(steps.size() - 1).floats()));
      }
      GenerationResult result = new GenerationResult(seqs, System.nanoTime() - t0, first[0], new long[0]);
      c.report(out, err, facts, s, null, load, tok, prompts, result, "ETDG interpreter");
      return 0;
    }
  }

  /** Thrown from the token callback to end a run that was told to stop. */
  private static final class Stopped extends RuntimeException {
    Stopped() {
      super(null, null, false, false);
    }
  }

  /** {@code run} on its own thread, told to stop (at its next token) once {@code seconds} pass. */
  private static GenerateResult withTimeout(Callable<GenerateResult> run, long seconds, AtomicBoolean stop) throws TimeoutException {
    FutureTask<GenerateResult> task = new FutureTask<>(run);
    Thread t = new Thread(task, "fractal-reference");
    t.setDaemon(true);
    t.start();
    try {
      return task.get(seconds, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      stop.set(true);
      throw e;
    } catch (InterruptedException e) {
      stop.set(true);
      Thread.currentThread().interrupt();
      throw new TimeoutException("interrupted");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      throw new IllegalStateException(e.getCause());
    }
  }
}
