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
}
