package dev.fractalgen.etdg.text;

/**
 * One lexeme of the text form. {@code spaceBefore} tells {@code index[0]} (an op's ints) from
 * {@code const [1.0]} (its data); {@code line} keeps a node's operands on its own line.
 */
record Token(Kind kind, String text, int line, int column, boolean spaceBefore) {
  enum Kind { IDENT, NUMBER, STRING, VALUE, PUNCT, EOF }

  boolean is(Kind k, String t) {
    return kind == k && text.equals(t);
  }

  boolean isPunct(char c) {
    return kind == Kind.PUNCT && text.charAt(0) == c;
  }

  boolean isIdent(String t) {
    return is(Kind.IDENT, t);
  }

  String show() {
    return switch (kind) {
      case EOF -> "end of input";
      case STRING -> "string " + Syntax.quote(text);
      case VALUE -> "value " + Syntax.valueRef(text);
      default -> "'" + text + "'";
    };
  }
}
