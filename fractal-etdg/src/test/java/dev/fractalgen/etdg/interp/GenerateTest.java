package dev.fractalgen.etdg.interp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fractalgen.etdg.interp.TinyModels.TinyModel;
import dev.fractalgen.core.sampling.Philox4x32;
import dev.fractalgen.core.sampling.Sampler;
import dev.fractalgen.core.sampling.SamplingParams;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GenerateTest {
  private static final int[][] NO_PROMPTS = {};

  private static GenerateResult run(TinyModel m, Map<String, Double> params, int[][] prompts, TokenListener l) {
    return new Interpreter().generate(m.graph(), Map.of(), params, prompts, l);
  }

  @Test
  void greedySuccessorCountsUpUntilMaxTokens() {
    TinyModel m = TinyModels.successor(8, 32, 3);
    SequenceResult r = run(m, Map.of(), new int[][] {{1}}, null).sequence(0);
    assertEquals(List.of(2, 3, 4), r.tokens());
    assertEquals(StopReason.MAX_TOKENS, r.stopReason());
    assertEquals(3, r.steps());
  }

  @Test
  void aBatchOfThreePromptsStopsAtEachSequencesOwnEos() {
    TinyModel m = TinyModels.successor(8, 32, 10, 0, 4);
    List<String> streamed = new ArrayList<>();
    int[][] prompts = {{5}, {2, 5, 1}, {6, 7}};
    GenerateResult r = run(m, Map.of(), prompts, (s, i, t) -> streamed.add(s + ":" + i + ":" + t));

    // {5}: 5 -> 6 -> 7 -> 0 (EOS, not emitted).
    assertEquals(new SequenceResult(List.of(6, 7), StopReason.EOS, 3), r.sequence(0));
    // {2, 5, 1}: two forced steps (the model's 3 and 6 are overridden), then 1 -> 2 -> 3 -> 4 (EOS).
    assertEquals(new SequenceResult(List.of(2, 3), StopReason.EOS, 5), r.sequence(1));
    // {6, 7}: one forced step, then 7 -> 0 (EOS) at once.
    assertEquals(new SequenceResult(List.of(), StopReason.EOS, 2), r.sequence(2));
    assertEquals(List.of("0:0:6", "0:1:7", "1:0:2", "1:1:3"), streamed);
  }

  @Test
  void maxTokensParamOverridesTheDefault() {
    TinyModel m = TinyModels.successor(8, 32, 3);
    SequenceResult r = run(m, Map.of("max_tokens", 5.0), new int[][] {{2, 2}}, null).sequence(0);
    // 2 + 5 wraps modulo 8: 3, 4, 5, 6, 7.
    assertEquals(List.of(3, 4, 5, 6, 7), r.tokens());
    assertEquals(StopReason.MAX_TOKENS, r.stopReason());
    assertEquals(6, r.steps());
  }

  @Test
  void statesGrowAndReplaceOncePerStep() {
    TinyModel m = TinyModels.successor(8, 32, 3);
    NodeCapture histSum = NodeCapture.of(m.historySum());
    NodeCapture counted = NodeCapture.of(m.counted());
    NodeCapture logits = NodeCapture.of(m.logits());
    SequenceResult r = new Interpreter(InterpreterOptions.defaults(), histSum.andThen(counted).andThen(logits))
        .generate(m.graph(), Map.of(), Map.of(), new int[][] {{3, 1}}, null).sequence(0);
    assertEquals(List.of(2, 3, 4), r.tokens());

    // Tokens seen by steps 0..3: 3, 1 (prompt), 2, 3 (generated). Row p of hist is [1, token_p],
    // so at step p the state has p rows: the column sums are [p, sum of earlier tokens].
    List<HostTensor> sums = histSum.values(0);
    assertEquals(4, sums.size());
    assertArrayEquals(new float[] {0, 0}, sums.get(0).floats());
    assertArrayEquals(new float[] {1, 3}, sums.get(1).floats());
    assertArrayEquals(new float[] {2, 4}, sums.get(2).floats());
    assertArrayEquals(new float[] {3, 6}, sums.get(3).floats());
    assertEquals(List.of(1, 2, 3, 4), counted.values(0).stream().map(t -> t.intAt(0)).toList());
    // Step 2 processes token 2: its logits are the one-hot of 3.
    assertArrayEquals(new float[] {0, 0, 0, 1, 0, 0, 0, 0}, logits.values(0).get(2).floats());
  }

  @Test
  void seededSamplingIsReproducibleAndFollowsTheDocumentedStream() {
    TinyModel m = TinyModels.flat(16, 64, 12);
    Map<String, Double> seedA = Map.of("seed_lo", 1234.0, "seed_hi", 0.0);
    Map<String, Double> seedB = Map.of("seed_lo", 1234.0, "seed_hi", 1.0);
    int[][] prompts = {{0}, {0}};
    GenerateResult a1 = run(m, seedA, prompts, null);
    GenerateResult a2 = run(m, seedA, prompts, null);
    GenerateResult b = run(m, seedB, prompts, null);

    assertEquals(a1, a2);
    assertNotEquals(a1.sequence(0).tokens(), b.sequence(0).tokens());
    // Sequences of one batch draw from their own streams (counter word 1 = seq).
    assertNotEquals(a1.sequence(0).tokens(), a1.sequence(1).tokens());
    for (int s = 0; s < 2; s++) {
      List<Integer> expected = new ArrayList<>();
      for (int n = 0; n < 12; n++) {
        SamplingParams p = new SamplingParams(1f, 0, 1f, 1234L);
        expected.add(Sampler.sample(new float[16], 16, p, Philox4x32.uniform(1234L, s, n)));
      }
      assertEquals(expected, a1.sequence(s).tokens(), "sequence " + s);
    }
  }

  @Test
  void aPromptTooLongForAnAppendStateIsRejectedBeforeAnyStep() {
    TinyModel m = TinyModels.successor(8, 8, 5);
    List<Integer> streamed = new ArrayList<>();
    // rows needed = P + max_tokens - 1 (the last token is not fed back): 4 + 5 - 1 = 8 fits the
    // capacity; 5 + 5 - 1 = 9 does not, and nothing of the batch runs.
    assertEquals(5, run(m, Map.of(), new int[][] {{1, 2, 3, 4}}, null).sequence(0).tokens().size());
    InterpreterException e = assertThrows(InterpreterException.class,
        () -> run(m, Map.of(), new int[][] {{1}, {1, 2, 3, 4, 5}}, (s, i, t) -> streamed.add(t)));
    assertTrue(e.getMessage().contains("capacity 8 of state %hist"), e.getMessage());
    assertEquals(List.of(), streamed);
  }

  @Test
  void anEmptyPromptIsRejected() {
    TinyModel m = TinyModels.successor(8, 8, 2);
    InterpreterException e = assertThrows(InterpreterException.class, () -> run(m, Map.of(), new int[][] {{1}, {}}, null));
    assertEquals("prompt 1 is empty", e.getMessage());
  }

  @Test
  void anUnknownParamIsRejected() {
    TinyModel m = TinyModels.successor(8, 8, 2);
    assertThrows(InterpreterException.class, () -> run(m, Map.of("temprature", 0.5), new int[][] {{1}}, null));
  }

  @Test
  void anEmptyBatchGivesNoSequences() {
    TinyModel m = TinyModels.successor(8, 8, 2);
    assertEquals(List.of(), run(m, Map.of(), NO_PROMPTS, null).sequences());
  }
}
