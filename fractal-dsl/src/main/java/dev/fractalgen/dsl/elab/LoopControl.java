package dev.fractalgen.dsl.elab;

import dev.fractalgen.etdg.StepStatus;
import dev.fractalgen.etdg.build.RegionBuilder;
import dev.fractalgen.etdg.model.Buffer;
import dev.fractalgen.etdg.model.DType;
import dev.fractalgen.etdg.model.Op;
import dev.fractalgen.etdg.model.Value;
import dev.fractalgen.etdg.type.TensorType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Emits the end of a generate step as ordinary ETDG nodes: the next token (forced from the prompt
 * while inside it, else sampled), and its {@link StepStatus} (docs/etdg.md). Explicit nodes, so
 * that every backend compiles the loop control like the rest of the step instead of returning to
 * the host for it.
 */
final class LoopControl {
  private static final TensorType I32 = TensorType.scalar(DType.I32);
  private final RegionBuilder r;

  LoopControl(RegionBuilder step) {
    this.r = step;
  }

  private Value i32(long v) {
    return r.node(Op.CONST).data(v).output("c", I32);
  }

  void emit(Value logits, Value token, Value pos, Map<String, Buffer> params, Buffer prompt, Buffer promptLen,
      Buffer seq, List<Long> eos, List<Value> stateUpdates) {
    Value one = i32(1);
    Value nextPos = r.op(Op.ADD, "next_pos", I32, pos, one);
    Value inPrompt = r.op(Op.LT, "in_prompt", I32, nextPos, promptLen);
    Value last = r.op(Op.SUB, "last_prompt_pos", I32, promptLen, one);
    Value forcedAt = r.op(Op.MINIMUM, "forced_at", I32, nextPos, last);
    Value forced = r.node(Op.INDEX).operands(prompt, forcedAt).ints(0).output("forced", I32);
    // n: the index of the token this step samples among the sequence's generated tokens
    Value n = r.op(Op.SUB, "n", I32, nextPos, promptLen);
    Value sampled = r.node(Op.SAMPLE).operands(logits, params.get("temperature"), params.get("top_k"),
        params.get("top_p"), params.get("seed_lo"), params.get("seed_hi"), seq, n).output("sampled", I32);
    Value next = r.op(Op.SELECT, "next", I32, inPrompt, forced, sampled);
    Value isEos = null;
    for (long id : eos) {
      Value hit = r.op(Op.EQ, "is_eos", I32, next, i32(id));
      isEos = isEos == null ? hit : r.op(Op.OR, "is_eos", I32, isEos, hit);
    }
    if (isEos == null) isEos = i32(0);
    Value count = r.op(Op.ADD, "generated", I32, n, one);
    Value atMax = r.op(Op.GE, "at_max", I32, count, params.get("max_tokens"));
    Value emitted = r.op(Op.SELECT, "status", I32, atMax, i32(StepStatus.EMITTED_LAST.code), i32(StepStatus.EMITTED.code));
    Value sampledStatus = r.op(Op.SELECT, "status", I32, isEos, i32(StepStatus.EOS.code), emitted);
    Value status = r.op(Op.SELECT, "status", I32, inPrompt, i32(StepStatus.PROMPT.code), sampledStatus);
    List<Value> results = new ArrayList<>(List.of(next, status));
    results.addAll(stateUpdates);
    r.results(results);
  }
}
