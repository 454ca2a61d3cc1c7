package dev.fractalgen.dsl.validation;

import static dev.fractalgen.dsl.validation.Expect.mentions;
import static dev.fractalgen.dsl.validation.Expect.onlyError;

import dev.fractalgen.dsl.elab.IssueCodes;
import org.junit.jupiter.api.Test;

/** The generate block: its presence, stopping rule, states and their updates, sampling settings. */
class GenerateValidationTest {

  @Test
  @Triggers(IssueCodes.MISSING_GENERATE)
  void programWithoutGenerate() {
    onlyError("""
        model m
        config {
          d = 4
        }
        """, IssueCodes.MISSING_GENERATE, 1, 1);
  }

  @Test
  @Triggers(IssueCodes.MISSING_STOP_RULE)
  void generateWithoutStopBlock() {
    onlyError("""
        model m
        generate {
          step(token, pos) { return [1.0] }
          sample { temperature = 0.0 }
        }
        """, IssueCodes.MISSING_STOP_RULE, 2, 1);
  }

  @Test
  @Triggers(IssueCodes.MISSING_STOP_RULE)
  void stopWithoutMaxTokens() {
    var p = onlyError("""
        model m
        generate {
          step(token, pos) { return [1.0] }
          stop { eos = [0] }
        }
        """, IssueCodes.MISSING_STOP_RULE, 4, 3);
    mentions(p, "max_tokens");
  }

  @Test
  @Triggers(IssueCodes.MISSING_STOP_RULE)
  void missingStopRuleStillChecksTheStep() {
    var problems = Expect.problems("""
        model m
        generate {
          step(token, pos) { return nope }
        }
        """);
    org.junit.jupiter.api.Assertions.assertEquals(
        java.util.List.of(IssueCodes.MISSING_STOP_RULE + "@2:1", IssueCodes.UNKNOWN_NAME + "@3:29"),
        problems.stream().map(p -> p.code() + "@" + p.line() + ":" + p.column()).toList());
  }

  @Test
  @Triggers(IssueCodes.CAPACITY_TOO_SMALL)
  void capacitySmallerThanMaxTokensPlusPrompt() {
    // a prompt of one and 8 generated tokens feed 8 tokens to the step (the last is never fed back)
    var p = onlyError("""
        model m
        generate {
          state k: f32[2] append capacity 7
          step(token, pos) {
            next k = [1.0, 2.0]
            return [1.0]
          }
          stop { max_tokens = 8 }
        }
        """, IssueCodes.CAPACITY_TOO_SMALL, 3, 35);
    mentions(p, "7", "8", "'k'");
  }

  @Test
  void capacityOfExactlyMaxTokensIsEnough() {
    Expect.clean("""
        model m
        generate {
          state k: f32[2] append capacity 8
          step(token, pos) {
            next k = [1.0, 2.0]
            return [1.0]
          }
          stop { max_tokens = 8 }
        }
        """);
  }

  @Test
  @Triggers(IssueCodes.STATE_UPDATE)
  void stateWithoutNext() {
    var p = onlyError("""
        model m
        generate {
          state h: f32[2] replace
          step(token, pos) {
            return h
          }
          stop { max_tokens = 4 }
        }
        """, IssueCodes.STATE_UPDATE, 3, 3);
    mentions(p, "'h'");
  }

  @Test
  @Triggers(IssueCodes.STATE_UPDATE)
  void stateUpdatedTwice() {
    onlyError("""
        model m
        generate {
          state h: f32[2] replace
          step(token, pos) {
            next h = h
            next h = h + 1.0
            return h
          }
          stop { max_tokens = 4 }
        }
        """, IssueCodes.STATE_UPDATE, 6, 5);
  }

  @Test
  @Triggers(IssueCodes.STATE_UPDATE)
  void appendedRowOfTheWrongShapeNamesBothTypes() {
    var p = onlyError("""
        model m
        generate {
          state k: f32[2] append capacity 16
          step(token, pos) {
            next k = [1.0, 2.0, 3.0]
            return [1.0]
          }
          stop { max_tokens = 4 }
        }
        """, IssueCodes.STATE_UPDATE, 5, 5);
    mentions(p, "f32[2]", "f32[3]");
  }

  @Test
  @Triggers(IssueCodes.STATE_UPDATE)
  void nextOutsideTheStep() {
    onlyError("""
        model m
        fn f(x: f32[2]) -> f32[2] {
          next h = x
          return x
        }
        generate {
          state h: f32[2] replace
          step(token, pos) {
            next h = f(h)
            return h
          }
          stop { max_tokens = 4 }
        }
        """, IssueCodes.STATE_UPDATE, 3, 3);
  }

  @Test
  @Triggers(IssueCodes.EOS_OUTSIDE_VOCABULARY)
  void eosIdOutsideTheLogitsIsALocatedWarning() {
    // logits of 4 tokens: eos 2 can end a sequence, 7 cannot
    var problems = Expect.problems("""
        model m
        generate {
          step(token, pos) { return [1.0, 2.0, 3.0, 4.0] }
          stop {
            eos = [2, 7]
            max_tokens = 4
          }
        }
        """);
    org.junit.jupiter.api.Assertions.assertEquals(1, problems.size(), problems::toString);
    var p = problems.get(0);
    org.junit.jupiter.api.Assertions.assertFalse(p.error(), p::toString);
    org.junit.jupiter.api.Assertions.assertEquals(IssueCodes.EOS_OUTSIDE_VOCABULARY + "@5:15", p.code() + "@" + p.line() + ":" + p.column());
    mentions(p, "eos id 7", "vocabulary of 4 tokens");
  }

  @Test
  @Triggers(IssueCodes.BAD_SETTING)
  void negativeTemperature() {
    var p = onlyError("""
        model m
        generate {
          step(token, pos) { return [1.0] }
          sample { temperature = -0.5 }
          stop { max_tokens = 4 }
        }
        """, IssueCodes.BAD_SETTING, 4, 12);
    mentions(p, "temperature", "-0.5");
  }

  @Test
  @Triggers(IssueCodes.BAD_SETTING)
  void topPOfZero() {
    onlyError("""
        model m
        generate {
          step(token, pos) { return [1.0] }
          sample {
            top_p = 0.0
          }
          stop { max_tokens = 4 }
        }
        """, IssueCodes.BAD_SETTING, 5, 5);
  }

  @Test
  @Triggers(IssueCodes.BAD_SETTING)
  void topPAboveOne() {
    var p = onlyError("""
        model m
        generate {
          step(token, pos) { return [1.0] }
          sample {
            top_p = 1.5
          }
          stop { max_tokens = 4 }
        }
        """, IssueCodes.BAD_SETTING, 5, 5);
    mentions(p, "top_p", "1.5");
  }

  @Test
  @Triggers(IssueCodes.BAD_SETTING)
  void negativeTopK() {
    onlyError("""
        model m
        generate {
          step(token, pos) { return [1.0] }
          sample { top_k = -1 }
          stop { max_tokens = 4 }
        }
        """, IssueCodes.BAD_SETTING, 4, 12);
  }

  @Test
  @Triggers(IssueCodes.BAD_SETTING)
  void unknownSetting() {
    var p = onlyError("""
        model m
        generate {
          step(token, pos) { return [1.0] }
          sample { temprature = 0.5 }
          stop { max_tokens = 4 }
        }
        """, IssueCodes.BAD_SETTING, 4, 12);
    mentions(p, "'temprature'");
  }

  @Test
  @Triggers(IssueCodes.BAD_SETTING)
  void settingGivenTwice() {
    onlyError("""
        model m
        generate {
          step(token, pos) { return [1.0] }
          stop {
            max_tokens = 4
            max_tokens = 8
          }
        }
        """, IssueCodes.BAD_SETTING, 6, 5);
  }

  @Test
  @Triggers(IssueCodes.BAD_SETTING)
  void zeroMaxTokens() {
    onlyError("""
        model m
        generate {
          step(token, pos) { return [1.0] }
          stop { max_tokens = 0 }
        }
        """, IssueCodes.BAD_SETTING, 4, 10);
  }

  @Test
  @Triggers(IssueCodes.BAD_SETTING)
  void eosThatIsNotALiteral() {
    onlyError("""
        model m
        config {
          bos = 1
        }
        generate {
          step(token, pos) { return [1.0] }
          stop { eos = [bos] max_tokens = 4 }
        }
        """, IssueCodes.BAD_SETTING, 7, 17);
  }
}
