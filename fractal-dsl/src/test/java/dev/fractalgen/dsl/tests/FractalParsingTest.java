package dev.fractalgen.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fractalgen.dsl.FractalFrontEnd;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FractalParsingTest {
  static final FractalFrontEnd FE = new FractalFrontEnd();

  static Path root() {
    return Path.of(System.getProperty("fractal.root", ".."));
  }

  @Test
  void llama2cModelChecksWithoutProblems() throws Exception {
    var c = FE.check(root().resolve("models/llama2c.fractal"));
    assertEquals("[]", c.problems().toString());
    assertEquals("llama2c", c.program().getName());
  }

  @Test
  void syntaxErrorIsLocated() {
    var c = FE.check("model m\nconfig { a = }\n", "m.fractal");
    assertTrue(c.hasErrors());
    assertEquals(2, c.problems().get(0).line());
    assertEquals("syntax", c.problems().get(0).code());
  }
}
