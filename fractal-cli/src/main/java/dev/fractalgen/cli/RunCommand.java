package dev.fractalgen.cli;

import com.google.gson.GsonBuilder;
import dev.fractalgen.etdg.interp.GenerateResult;
import dev.fractalgen.etdg.interp.HostTensor;
import dev.fractalgen.etdg.interp.Interpreter;
import dev.fractalgen.etdg.interp.InterpreterException;
import dev.fractalgen.etdg.interp.SequenceResult;
import dev.fractalgen.etdg.model.Graph;
import dev.fractalgen.runtime.exec.CudaExecutor;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code fractal run FILE --weights CKPT --prompt-ids 1,2 ...}: generates token ids. */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Runs a model program's generate loop.")
final class RunCommand implements Callable<Integer> {
  enum Backend { auto, reference, host, cuda }
  enum Output { ids, json }

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE") Path file;

  @Option(names = "--weights", required = true, paramLabel = "CKPT", description = "checkpoint (llama2.c .bin or .safetensors)")
  Path weights;

  @Option(names = "--config", paramLabel = "KEY=VALUE", description = "override a config value")
  List<String> config = new ArrayList<>();

  @Option(names = "--prompt-ids", required = true, paramLabel = "IDS", description = "comma-separated token ids of one sequence; repeat for a batch")
  List<String> prompts;

  @Option(names = "--max-tokens", paramLabel = "N") Integer maxTokens;
  @Option(names = "--temperature", paramLabel = "T") Float temperature;
  @Option(names = "--top-k", paramLabel = "K") Integer topK;
  @Option(names = "--top-p", paramLabel = "P") Float topP;
  @Option(names = "--seed", paramLabel = "S") Long seed;

  @Option(names = "--backend", defaultValue = "auto",
      description = "cuda (the compiled kernel on the GPU), host (the compiled kernel on CPU threads), reference (the ETDG "
          + "interpreter), or auto: cuda when a GPU is present, else host; default ${DEFAULT-VALUE}")
  Backend backend;

  @Option(names = "--threads", defaultValue = "0", paramLabel = "N", description = "host backend: CPU threads (0: one per processor)")
  int threads;

  @Option(names = "--timeout", defaultValue = "0", paramLabel = "SECONDS", description = "stop a compiled run that takes longer (0: no limit)")
  long timeoutSeconds;

  @Option(names = "--output", defaultValue = "ids", description = "ids (one line per sequence) or json")
  Output output;

  @Override
  public Integer call() {
    boolean gpu = (backend == Backend.auto || backend == Backend.cuda) && CudaExecutor.available();
    if (backend == Backend.auto) backend = gpu ? Backend.cuda : Backend.host;
    if (backend == Backend.cuda && !gpu) {
      throw new UserError("backend cuda: no CUDA device is available here (no driver or no GPU); use --backend host");
    }
    if (threads < 0) throw new UserError("--threads must be >= 0, got " + threads);
    if (timeoutSeconds < 0) throw new UserError("--timeout must be >= 0, got " + timeoutSeconds);
    Map<String, Double> params = sampling();
    PrintWriter err = spec.commandLine().getErr();
    Graph g = Programs.lower(file, config, err);
    if (g == null) return Main.PROGRAM_ERRORS;
    GraphFacts facts = new GraphFacts(g);
    int[][] ids = prompts(facts, params);
    if (backend == Backend.host || backend == Backend.cuda) {
      CompiledRun.Outcome o = new CompiledRun(weights, threads, timeoutSeconds * 1000).run(g, ids, params, backend == Backend.cuda, err);
      if (o == null) return Main.PROGRAM_ERRORS;
      print(g, ids, o.result());
      return 0;
    }
    Map<String, HostTensor> w = new WeightLoading(weights).load(g);
    GenerateResult r;
    try {
      r = new Interpreter().generate(g, w, params, ids, null);
    } catch (InterpreterException e) {
      err.println("fractal: runtime error: " + e.getMessage());
      return Main.PROGRAM_ERRORS;
    }
    print(g, ids, r);
    return 0;
  }

  private void print(Graph g, int[][] ids, dev.fractalgen.runtime.exec.GenerationResult r) {
    List<List<Integer>> tokens = new ArrayList<>();
    List<String> stops = new ArrayList<>();
    for (var s : r.sequences()) {
      tokens.add(java.util.Arrays.stream(s.tokens()).boxed().toList());
      stops.add(s.stop());
    }
    print(g, ids, tokens, stops);
  }

  private void print(Graph g, int[][] ids, GenerateResult r) {
    List<List<Integer>> tokens = new ArrayList<>();
    List<String> stops = new ArrayList<>();
    for (SequenceResult s : r.sequences()) {
      tokens.add(s.tokens());
      stops.add(s.stopReason().name().toLowerCase());
    }
    print(g, ids, tokens, stops);
  }

  private Map<String, Double> sampling() {
    Map<String, Double> p = new LinkedHashMap<>();
    if (temperature != null) {
      if (!(temperature >= 0) || temperature.isInfinite()) throw new UserError("--temperature must be a finite number >= 0, got " + temperature);
      p.put("temperature", (double) temperature);
    }
    if (topK != null) {
      if (topK < 0) throw new UserError("--top-k must be >= 0 (0 turns it off), got " + topK);
      p.put("top_k", (double) topK);
    }
    if (topP != null) {
      if (!(topP > 0 && topP <= 1)) throw new UserError("--top-p must be in (0, 1], got " + topP);
      p.put("top_p", (double) topP);
    }
    if (seed != null) {
      p.put("seed_lo", (double) (int) (long) seed);
      p.put("seed_hi", (double) (int) (seed >>> 32));
    }
    if (maxTokens != null) {
      if (maxTokens < 1) throw new UserError("--max-tokens must be at least 1, got " + maxTokens);
      p.put("max_tokens", (double) maxTokens);
    }
    return p;
  }

  private int[][] prompts(GraphFacts facts, Map<String, Double> params) {
    long max = params.getOrDefault("max_tokens", facts.defaultParam("max_tokens")).longValue();
    int[][] ids = new int[prompts.size()][];
    for (int s = 0; s < ids.length; s++) {
      String[] parts = prompts.get(s).split(",");
      ids[s] = new int[parts.length];
      for (int i = 0; i < parts.length; i++) {
        try {
          ids[s][i] = Integer.parseInt(parts[i].trim());
        } catch (NumberFormatException e) {
          throw new UserError("--prompt-ids takes comma-separated integers, found '" + prompts.get(s) + "'");
        }
        if (ids[s][i] < 0 || ids[s][i] >= facts.vocab()) {
          throw new UserError("prompt token " + ids[s][i] + " is outside the vocabulary [0, " + facts.vocab() + ")");
        }
      }
      // the last emitted token is never fed back, so it needs no position
      if (facts.capacity() > 0 && ids[s].length + max - 1 > facts.capacity()) {
        throw new UserError("prompt of " + ids[s].length + " tokens plus --max-tokens " + max
            + " exceeds the model's capacity of " + facts.capacity() + " positions");
      }
    }
    return ids;
  }

  private void print(Graph g, int[][] ids, List<List<Integer>> tokens, List<String> stops) {
    PrintWriter out = spec.commandLine().getOut();
    if (output == Output.ids) {
      for (List<Integer> t : tokens) {
        out.println(t.stream().map(String::valueOf).collect(Collectors.joining(" ")));
      }
    } else {
      List<Map<String, Object>> seqs = new ArrayList<>();
      for (int i = 0; i < ids.length; i++) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("prompt", ids[i]);
        m.put("tokens", tokens.get(i));
        m.put("stop", stops.get(i));
        seqs.add(m);
      }
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put("model", g.getName());
      doc.put("backend", backend.name());
      doc.put("sequences", seqs);
      out.println(new GsonBuilder().setPrettyPrinting().create().toJson(doc));
    }
    out.flush();
  }
}
