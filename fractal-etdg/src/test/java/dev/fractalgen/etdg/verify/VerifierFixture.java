package dev.fractalgen.etdg.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fractalgen.etdg.model.Graph;
import dev.fractalgen.etdg.text.EtdgParser;
import dev.fractalgen.etdg.text.EtdgSyntaxException;
import dev.fractalgen.etdg.text.Samples;
import dev.fractalgen.etdg.verify.VerifyError.Code;
import java.util.List;

/** Parses text (often the tiny sample with one line changed) and asserts the verifier's errors. */
final class VerifierFixture {
  private VerifierFixture() {}

  static Graph parse(String text) {
    try {
      return EtdgParser.parse(text);
    } catch (EtdgSyntaxException e) {
      throw new AssertionError(e);
    }
  }

  /** The tiny sample with {@code line} (exact, without indentation) replaced. */
  static Graph tinyWith(String line, String replacement) {
    assertTrue(Samples.TINY.contains(line), () -> "no line " + line);
    return parse(Samples.TINY.replace(line, replacement));
  }

  /** Asserts exactly these errors, each given as code, where and a fragment of the message. */
  static void assertErrors(Graph g, Object... codeWhereFragment) {
    List<VerifyError> errors = Verifier.verify(g);
    assertEquals(codeWhereFragment.length / 3, errors.size(), () -> "errors: " + errors);
    for (int i = 0; i < errors.size(); i++) {
      VerifyError e = errors.get(i);
      assertEquals(codeWhereFragment[3 * i], e.code(), e::toString);
      assertEquals(codeWhereFragment[3 * i + 1], e.where(), e::toString);
      String fragment = (String) codeWhereFragment[3 * i + 2];
      assertTrue(e.message().contains(fragment), () -> "'" + fragment + "' not in " + e);
    }
  }

}
