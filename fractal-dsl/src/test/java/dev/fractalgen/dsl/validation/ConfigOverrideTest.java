package dev.fractalgen.dsl.validation;

import static dev.fractalgen.dsl.validation.Expect.FE;
import static dev.fractalgen.dsl.validation.Expect.mentions;
import static dev.fractalgen.dsl.validation.Expect.onlyLoweringError;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fractalgen.dsl.elab.IssueCodes;
import dev.fractalgen.etdg.model.Buffer;
import dev.fractalgen.etdg.type.TensorType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Configuration values replaced when lowering (the CLI's --config name=value). */
class ConfigOverrideTest {
  static final String PROGRAM = """
      // a comment before the model
      model m
      config {
        d = 4
        scale = 0.5
      }
      weights {
        w: f32[d] = "w"
      }
      generate {
        step(token, pos) { return w * scale }
        stop { max_tokens = 4 }
      }
      """;

  @Test
  void overrideChangesTheTypesThatDependOnIt() {
    var checked = FE.check(PROGRAM, "t.fractal");
    var lowered = FE.lower(checked.program(), "t.fractal", Map.of("d", "6", "scale", "0.25"));
    assertEquals(List.of(), lowered.problems());
    Buffer w = lowered.graph().getBuffers().stream().filter(b -> b.getName().equals("w")).findFirst().orElseThrow();
    assertEquals("f32[6]", TensorType.of(w).toString());
    assertEquals("6", lowered.graph().getConfig().get(0).getValue());
    assertEquals("0.25", lowered.graph().getConfig().get(1).getValue());
  }

  @Test
  @Triggers(IssueCodes.BAD_CONFIG)
  void overrideOfAnUnknownNameIsReportedAtTheModel() {
    var p = onlyLoweringError(PROGRAM, Map.of("dim", "6"), IssueCodes.BAD_CONFIG, 2, 1);
    mentions(p, "'dim'");
  }

  @Test
  @Triggers(IssueCodes.BAD_CONFIG)
  void overrideThatIsNotANumber() {
    var p = onlyLoweringError(PROGRAM, Map.of("scale", "half"), IssueCodes.BAD_CONFIG, 5, 3);
    mentions(p, "'half'", "f32[]");
  }

  @Test
  @Triggers(IssueCodes.BAD_CONFIG)
  void fractionalOverrideOfAnInteger() {
    var p = onlyLoweringError(PROGRAM, Map.of("d", "2.5"), IssueCodes.BAD_CONFIG, 4, 3);
    mentions(p, "'2.5'", "i32[]");
  }

  @Test
  @Triggers(IssueCodes.BAD_CONFIG)
  void integerOverrideBeyondI32() {
    onlyLoweringError(PROGRAM, Map.of("d", "4294967297"), IssueCodes.BAD_CONFIG, 4, 3);
  }

  @Test
  @Triggers(IssueCodes.NOT_STATIC)
  void overrideThatMakesADimensionZero() {
    onlyLoweringError(PROGRAM, Map.of("d", "0"), IssueCodes.NOT_STATIC, 8, 10);
  }
}
