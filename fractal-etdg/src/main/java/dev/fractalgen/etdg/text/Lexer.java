package dev.fractalgen.etdg.text;

import dev.fractalgen.etdg.text.Token.Kind;

/**
 * Splits the text form into tokens on demand, with one token of lookahead. Whitespace and
 * {@code //} comments separate tokens; a type's dimension list is read raw by {@link #rawUntil}
 * because dims like {@code 2*P-3} are not made of the tokens used elsewhere.
 */
final class Lexer {
  private final String src;
  private int pos;
  private int line = 1;
  private int column = 1;
  private Token peeked;

  /** Raw text and where it starts. */
  record Raw(String text, int line, int column) {}

  Lexer(String src) {
    this.src = src;
  }

  Token peek() throws EtdgSyntaxException {
    if (peeked == null) peeked = read();
    return peeked;
  }

  Token next() throws EtdgSyntaxException {
    Token t = peek();
    peeked = null;
    return t;
  }

  EtdgSyntaxException error(Token at, String message) {
    return new EtdgSyntaxException(at.line(), at.column(), message);
  }

  Token expectPunct(char c) throws EtdgSyntaxException {
    Token t = next();
    if (!t.isPunct(c)) throw error(t, "expected '" + c + "' but found " + t.show());
    return t;
  }

  Token expectIdent(String word) throws EtdgSyntaxException {
    Token t = next();
    if (!t.isIdent(word)) throw error(t, "expected '" + word + "' but found " + t.show());
    return t;
  }

  Token expect(Kind kind, String what) throws EtdgSyntaxException {
    Token t = next();
    if (t.kind() != kind) throw error(t, "expected " + what + " but found " + t.show());
    return t;
  }

  /** The text up to the next {@code close}, which is consumed; only with no token peeked. */
  Raw rawUntil(char close) throws EtdgSyntaxException {
    if (peeked != null) throw new IllegalStateException("raw read after a peek");
    int startLine = line;
    int startColumn = column;
    int end = src.indexOf(close, pos);
    int newline = src.indexOf('\n', pos);
    if (end < 0 || newline >= 0 && newline < end) {
      throw new EtdgSyntaxException(startLine, startColumn, "missing '" + close + "'");
    }
    String text = src.substring(pos, end);
    while (pos <= end) advance();
    return new Raw(text, startLine, startColumn);
  }

  private char at(int i) {
    return i < src.length() ? src.charAt(i) : '\0';
  }

  private void advance() {
    if (src.charAt(pos) == '\n') {
      line++;
      column = 1;
    } else {
      column++;
    }
    pos++;
  }

  private Token read() throws EtdgSyntaxException {
    int before = pos;
    while (pos < src.length()) {
      char c = src.charAt(pos);
      if (Character.isWhitespace(c)) advance();
      else if (c == '/' && at(pos + 1) == '/') {
        while (pos < src.length() && src.charAt(pos) != '\n') advance();
      } else break;
    }
    boolean space = pos > before || pos == 0;
    int l = line;
    int col = column;
    if (pos >= src.length()) return new Token(Kind.EOF, "", l, col, space);
    char c = src.charAt(pos);
    if (c == '%') {
      advance();
      if (at(pos) == '"') return new Token(Kind.VALUE, string(l, col), l, col, space);
      int start = pos;
      while (pos < src.length() && isNameChar(src.charAt(pos))) advance();
      if (pos == start) throw new EtdgSyntaxException(l, col, "'%' must be followed by a name");
      return new Token(Kind.VALUE, src.substring(start, pos), l, col, space);
    }
    if (c == '"') return new Token(Kind.STRING, string(l, col), l, col, space);
    if (Character.isDigit(c) || c == '-' && (Character.isDigit(at(pos + 1)) || at(pos + 1) == 'I')) {
      return new Token(Kind.NUMBER, number(l, col), l, col, space);
    }
    if (c < 128 && Character.isLetter(c) || c == '_') {
      int start = pos;
      while (pos < src.length() && (isNameChar(src.charAt(pos)))) advance();
      return new Token(Kind.IDENT, src.substring(start, pos), l, col, space);
    }
    if ("=:,[](){}".indexOf(c) >= 0) {
      advance();
      return new Token(Kind.PUNCT, String.valueOf(c), l, col, space);
    }
    throw new EtdgSyntaxException(l, col, "unexpected character '" + c + "'");
  }

  private static boolean isNameChar(char c) {
    return c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '.');
  }

  private String number(int l, int col) {
    int start = pos;
    if (src.startsWith("-Infinity", pos)) {
      for (int i = 0; i < "-Infinity".length(); i++) advance();
      return "-Infinity";
    }
    if (src.charAt(pos) == '-') advance();
    digits();
    if (at(pos) == '.' && Character.isDigit(at(pos + 1))) {
      advance();
      digits();
    }
    if ((at(pos) == 'e' || at(pos) == 'E')
        && (Character.isDigit(at(pos + 1))
            || (at(pos + 1) == '+' || at(pos + 1) == '-') && Character.isDigit(at(pos + 2)))) {
      advance();
      if (!Character.isDigit(src.charAt(pos))) advance();
      digits();
    }
    return src.substring(start, pos);
  }

  private void digits() {
    while (pos < src.length() && Character.isDigit(src.charAt(pos))) advance();
  }

  private String string(int l, int col) throws EtdgSyntaxException {
    advance();
    StringBuilder b = new StringBuilder();
    while (true) {
      if (pos >= src.length() || src.charAt(pos) == '\n') {
        throw new EtdgSyntaxException(l, col, "unterminated string");
      }
      char c = src.charAt(pos);
      advance();
      if (c == '"') return b.toString();
      if (c != '\\') {
        b.append(c);
        continue;
      }
      int escLine = line;
      int escColumn = column - 1;
      char e = at(pos);
      if (pos < src.length()) advance();
      switch (e) {
        case '"', '\\' -> b.append(e);
        case 'n' -> b.append('\n');
        case 't' -> b.append('\t');
        case 'r' -> b.append('\r');
        case 'u' -> {
          if (pos + 4 > src.length() || !src.substring(pos, pos + 4).matches("[0-9a-fA-F]{4}")) {
            throw new EtdgSyntaxException(escLine, escColumn, "bad \\u escape");
          }
          b.append((char) Integer.parseInt(src.substring(pos, pos + 4), 16));
          for (int i = 0; i < 4; i++) advance();
        }
        default -> throw new EtdgSyntaxException(escLine, escColumn, "bad escape '\\" + e + "'");
      }
    }
  }
}
