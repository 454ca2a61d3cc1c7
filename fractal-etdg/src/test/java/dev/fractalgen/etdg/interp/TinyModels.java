package dev.fractalgen.etdg.interp;

import static dev.fractalgen.etdg.interp.Fragment.f32;
import static dev.fractalgen.etdg.interp.Fragment.i32;

import dev.fractalgen.etdg.build.GraphBuilder;
import dev.fractalgen.etdg.build.RegionBuilder;
import dev.fractalgen.etdg.model.Buffer;
import dev.fractalgen.etdg.model.Graph;
import dev.fractalgen.etdg.model.Growth;
import dev.fractalgen.etdg.model.Op;
import dev.fractalgen.etdg.model.Output;
import dev.fractalgen.etdg.model.ReduceKind;
import dev.fractalgen.etdg.model.Value;
import java.util.List;

/** Generate graphs small enough that their output is computable by hand. */
final class TinyModels {
  /**
   * A graph and the nodes tests observe: {@code logits}; {@code historySum}, the column sums of
   * the APPEND state {@code hist} whose row for step pos is [1, token]; {@code counted}, the
   * REPLACE state {@code count} plus one (pos + 1 at step pos).
   */
  record TinyModel(Graph graph, Output logits, Output historySum, Output counted, Output sampled) {
  }

  private TinyModels() {
  }

  /** Logits: the one-hot of (token + 1) mod vocab, decoded greedily, so the tokens count up. */
  static TinyModel successor(int vocab, long capacity, int maxTokens, int... eos) {
    return build(vocab, capacity, maxTokens, false, eos);
  }

  /** Logits: all zero, sampled at temperature 1, so every token is equally likely. */
  static TinyModel flat(int vocab, long capacity, int maxTokens) {
    return build(vocab, capacity, maxTokens, true);
  }

  private static TinyModel build(int vocab, long capacity, int maxTokens, boolean flat, int... eos) {
    GraphBuilder g = new GraphBuilder(flat ? "flat" : "successor");
    // Greedy (temperature 0) for the successor model, whose output is then fixed by hand.
    StandardGenerateControl control = new StandardGenerateControl(g, flat ? 1.0 : 0.0, maxTokens);
    Buffer hist = g.state("hist", f32(2), Growth.APPEND, capacity);
    Buffer count = g.state("count", i32(), Growth.REPLACE, 0);
    RegionBuilder step = g.generate(List.of(hist, count));
    Value token = step.region().getArgs().get(0);
    Value histIn = step.region().getArgs().get(2);
    Value countIn = step.region().getArgs().get(3);

    Output logits;
    if (flat) {
      logits = step.node(Op.CONST).data(new double[vocab]).output("logits", f32(vocab));
    } else {
      Output one = StandardGenerateControl.constant(step, "m_one", 1);
      Output v = StandardGenerateControl.constant(step, "m_vocab", vocab);
      Output succ = step.op(Op.MOD, "succ", i32(), step.op(Op.ADD, "t1", i32(), token, one), v);
      Output ids = step.node(Op.IOTA).output("ids", i32(vocab));
      Output hot = step.op(Op.EQ, "hot", i32(vocab), ids, succ);
      logits = step.op(Op.CAST, "logits", f32(vocab), hot);
    }
    Output historySum = step.node(Op.REDUCE).operands(histIn).reduce(ReduceKind.SUM).ints(0).output("hist_sum", f32(2));
    Output oneF = step.node(Op.CONST).data(1).output("one_f", f32());
    Output tokenF = step.op(Op.CAST, "token_f", f32(), token);
    Output row = step.op(Op.STACK, "hist_row", f32(2), oneF, tokenF);
    Output counted = step.op(Op.ADD, "counted", i32(), countIn, StandardGenerateControl.constant(step, "c_one", 1));

    StandardGenerateControl.Control c = control.build(step, logits, eos);
    step.results(c.next(), c.status(), row, counted);
    return new TinyModel(g.graph(), logits, historySum, counted, c.sampled());
  }
}
