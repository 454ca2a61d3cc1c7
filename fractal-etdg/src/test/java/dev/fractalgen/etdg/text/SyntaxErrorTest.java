package dev.fractalgen.etdg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Unreadable text fails with the line and column where reading stopped. */
class SyntaxErrorTest {
  private static final String HEAD = "etdg t\ngenerate {\n  step(%token : i32[], %pos : i32[]) {\n";
  private static final String TAIL = "    yield %token, %pos\n  }\n}\n";

  private static void assertError(String text, int line, int column, String fragment) {
    EtdgSyntaxException e = assertThrows(EtdgSyntaxException.class, () -> EtdgParser.parse(text));
    assertEquals(line, e.line(), e::getMessage);
    assertEquals(column, e.column(), e::getMessage);
    assertTrue(e.getMessage().startsWith(line + ":" + column + ": "), e.getMessage());
    assertTrue(e.getMessage().contains(fragment), e.getMessage());
  }

  /** Line 4 of a step: the node under test. */
  private static void assertNodeError(String node, int column, String fragment) {
    assertError(HEAD + node + "\n" + TAIL, 4, column, fragment);
  }

  @Test
  void unknownOp() {
    assertNodeError("    %x = frob %token : i32[]", 10, "unknown op 'frob'");
    assertNodeError("    %x = reduce.mean[0] %token : i32[]", 10, "unknown op 'reduce.mean'");
    assertNodeError("    %x = add.sum %token, %pos : i32[]", 10, "unknown op 'add.sum'");
  }

  @Test
  void unknownDtypeAndBadDimension() {
    assertNodeError("    %x = neg %token : u8[]", 23, "unknown dtype 'u8'");
    assertNodeError("    %x = neg %token : i32[4, 2*]", 30, "bad dimension '2*'");
  }

  @Test
  void outputNamesAndTypesMustPair() {
    assertNodeError("    %x, %y = neg %token : i32[]", 25, "2 output name(s) but 1 type(s)");
  }

  @Test
  void unknownValueIsReportedAtTheUse() {
    assertNodeError("    %x = neg %tokn : i32[]", 14, "unknown value %tokn");
  }

  @Test
  void valuesAreDefinedOnce() {
    assertNodeError("    %pos = neg %token : i32[]", 5, "%pos is already defined at 3:24");
  }

  @Test
  void badListsAndPunctuation() {
    assertNodeError("    %x = index[0 %token : i32[]", 18, "expected ',' or ']'");
    assertNodeError("    %x = neg %token i32[]", 21, "expected ':' and the output types, found 'i32'");
    assertError(HEAD + "  }\n}\n", 4, 3, "expected a node or yield");
    assertError("etdg t\nweight %w f32[2]\n", 2, 11, "expected ':'");
  }

  @Test
  void badTopLevel() {
    assertError("graph t\n", 1, 1, "expected 'etdg'");
    assertError("etdg t\nbuffer %w : f32[]\n", 2, 1, "expected config, weight");
    assertError("etdg t\ngenerate {\n}\nparam %p : f32[] = 1.0\n", 4, 1, "expected end of input");
    assertError("etdg t\nstate %s : f32[2] grow\n", 2, 19, "append or replace");
    assertError("etdg t\nweight %w : f32[2] = tied %nope\n", 2, 27, "unknown value %nope");
  }

  @Test
  void badStringsAndCharacters() {
    assertError("etdg t\nweight %w : f32[2] = \"open\n", 2, 22, "unterminated string");
    assertError("etdg t\nweight %w : f32[2] = \"a\\qb\"\n", 2, 24, "bad escape");
    assertError("etdg t\nparam %p : f32[] = #\n", 2, 20, "unexpected character '#'");
    assertError("etdg t\nstate %s : f32[2 append\n", 2, 16, "missing ']'");
  }

  @Test
  void numbersMustFitWhereTheyGo() {
    assertNodeError("    %x = index[0.5] %token : i32[]", 16, "expected an integer");
    assertError("etdg t\nparam %p : f32[] = \"one\"\n", 2, 20, "expected a number");
  }
}
