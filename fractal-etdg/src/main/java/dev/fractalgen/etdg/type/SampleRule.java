package dev.fractalgen.etdg.type;

import dev.fractalgen.etdg.model.DType;
import java.util.List;

/** Typing of sample: logits f32[V] and seven scalar sampling inputs give one i32 token id. */
final class SampleRule {
  private SampleRule() {}

  private static final String[] NAMES =
      {"logits", "temperature", "top_k", "top_p", "seed_lo", "seed_hi", "seq", "n"};
  private static final DType[] DTYPES =
      {DType.F32, DType.F32, DType.I32, DType.F32, DType.I32, DType.I32, DType.I32, DType.I32};

  static List<TensorType> sample(RuleContext cx) {
    if (!cx.expectOperands(NAMES.length) || !cx.expectInts(0)) return null;
    TensorType logits = cx.operand(0);
    if (logits.dtype() != DType.F32 || logits.rank() != 1) {
      cx.problem("sample logits must be f32[V], are " + logits);
    }
    for (int i = 1; i < NAMES.length; i++) {
      cx.expect(cx.operand(i), TensorType.scalar(DTYPES[i]), "sample " + NAMES[i]);
    }
    return List.of(TensorType.scalar(DType.I32));
  }
}
