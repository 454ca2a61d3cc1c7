package dev.fractalgen.etdg.interp;

import dev.fractalgen.etdg.build.GraphBuilder;
import dev.fractalgen.etdg.build.RegionBuilder;
import dev.fractalgen.etdg.model.Buffer;
import dev.fractalgen.etdg.model.DType;
import dev.fractalgen.etdg.model.Op;
import dev.fractalgen.etdg.model.Output;
import dev.fractalgen.etdg.model.Value;
import dev.fractalgen.etdg.type.DimExpr;
import dev.fractalgen.etdg.type.TensorType;
import java.util.List;

/**
 * The control part of a generate step built the way a front end builds it, as ordinary nodes:
 * <pre>
 * n       = pos + 1 - prompt_len                      (index of the token among generated ones)
 * sampled = sample(logits, temperature, top_k, top_p, seed_lo, seed_hi, seq, n)
 * forcing = pos + 1 < prompt_len
 * next    = select(forcing, prompt[min(pos + 1, prompt_len - 1)], sampled)
 * status  = forcing ? 0 : eos(sampled) ? 3 : n + 1 >= max_tokens ? 2 : 1
 * </pre>
 * Constructing one declares the standard params and sequence buffers on the graph.
 */
final class StandardGenerateControl {
  /** The values a step yields first, plus the sampled token for tests that observe it. */
  record Control(Output next, Output status, Output sampled) {
  }

  private static final TensorType I32 = TensorType.scalar(DType.I32);

  final Buffer temperature;
  final Buffer topK;
  final Buffer topP;
  final Buffer seedLo;
  final Buffer seedHi;
  final Buffer maxTokens;
  final Buffer prompt;
  final Buffer promptLen;
  final Buffer seq;

  /** Declares the params (with the given temperature and max_tokens defaults) and the sequence buffers. */
  StandardGenerateControl(GraphBuilder g, double defaultTemperature, int defaultMaxTokens) {
    temperature = g.param("temperature", DType.F32, defaultTemperature);
    topK = g.param("top_k", DType.I32, 0);
    topP = g.param("top_p", DType.F32, 1.0);
    seedLo = g.param("seed_lo", DType.I32, 0);
    seedHi = g.param("seed_hi", DType.I32, 0);
    maxTokens = g.param("max_tokens", DType.I32, defaultMaxTokens);
    prompt = g.sequence("prompt", new TensorType(DType.I32, List.of(DimExpr.symbol("P"))));
    promptLen = g.sequence("prompt_len", I32);
    seq = g.sequence("seq", I32);
  }

  /** Appends the control nodes to {@code step}, whose second argument is {@code pos}. */
  Control build(RegionBuilder step, Value logits, int... eosIds) {
    Value pos = step.region().getArgs().get(1);
    Output one = constant(step, "one", 1);
    Output pos1 = step.op(Op.ADD, "pos1", I32, pos, one);
    Output n = step.op(Op.SUB, "n", I32, pos1, promptLen);
    Output sampled = step.op(Op.SAMPLE, "sampled", I32, logits, temperature, topK, topP, seedLo, seedHi, seq, n);

    Output forcing = step.op(Op.LT, "forcing", I32, pos1, promptLen);
    Output lastIndex = step.op(Op.SUB, "last_index", I32, promptLen, one);
    Output forcedIndex = step.op(Op.MINIMUM, "forced_index", I32, pos1, lastIndex);
    Output forced = step.node(Op.INDEX).operands(prompt, forcedIndex).ints(0).output("forced", I32);
    Output next = step.op(Op.SELECT, "next", I32, forcing, forced, sampled);

    Output isEos = constant(step, "no_eos", 0);
    for (int e : eosIds) {
      Output hit = step.op(Op.EQ, "is_" + e, I32, sampled, constant(step, "eos_" + e, e));
      isEos = step.op(Op.OR, "eos_seen_" + e, I32, isEos, hit);
    }
    Output generated = step.op(Op.ADD, "generated", I32, n, one);
    Output full = step.op(Op.GE, "full", I32, generated, maxTokens);
    Output emitOrStop = step.op(Op.SELECT, "emit_or_stop", I32, full, constant(step, "s2", 2), constant(step, "s1", 1));
    Output afterEos = step.op(Op.SELECT, "after_eos", I32, isEos, constant(step, "s3", 3), emitOrStop);
    Output status = step.op(Op.SELECT, "status", I32, forcing, constant(step, "s0", 0), afterEos);
    return new Control(next, status, sampled);
  }

  static Output constant(RegionBuilder step, String name, int value) {
    return step.node(Op.CONST).data(value).output(name, I32);
  }
}
