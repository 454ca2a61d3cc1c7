package dev.fractalgen.dsl.validation;

import static dev.fractalgen.dsl.validation.Expect.onlyError;

import dev.fractalgen.dsl.elab.IssueCodes;
import org.junit.jupiter.api.Test;

/** Text the parser rejects, and the one form it accepts that the elaborator must reject. */
class SyntaxValidationTest {

  @Test
  @Triggers(IssueCodes.SYNTAX)
  void missingConfigValue() {
    onlyError("""
        model m
        config {
          d = 
        }
        """, IssueCodes.SYNTAX, 4, 1);
  }

  @Test
  @Triggers(IssueCodes.SYNTAX)
  void emptySubscript() {
    onlyError("""
        model m
        generate {
          step(token, pos) {
            let a = [[1.0, 2.0]]
            return a[, 0]
          }
          stop { max_tokens = 4 }
        }
        """, IssueCodes.SYNTAX, 5, 14);
  }

  @Test
  @Triggers(IssueCodes.NESTING_TOO_DEEP)
  void bracketsNestedPastTheLimit() {
    // the generate and step braces are two levels; the 127th parenthesis makes 129, at column 12 + 127
    String deep = "(".repeat(130) + "1.0" + ")".repeat(130);
    onlyError("""
        model m
        generate {
          step(token, pos) {
            let a = %s
            return [a]
          }
          stop { max_tokens = 4 }
        }
        """.formatted(deep), IssueCodes.NESTING_TOO_DEEP, 4, 12 + 127);
  }

  @Test
  @Triggers(IssueCodes.PROGRAM_TOO_LARGE)
  void aProgramPastTheSizeLimit() {
    onlyError("model m\n// " + "x".repeat(300_000) + "\n", IssueCodes.PROGRAM_TOO_LARGE, 1, 1);
  }
}
