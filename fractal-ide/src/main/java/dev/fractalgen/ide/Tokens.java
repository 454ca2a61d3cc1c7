package dev.fractalgen.ide;

import dev.fractalgen.dsl.parser.antlr.internal.InternalFractalLexer;
import dev.fractalgen.dsl.parser.antlr.internal.InternalFractalParser;
import java.util.ArrayList;
import java.util.List;
import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CommonToken;

/** The program's tokens as the language's own lexer reads them, for highlighting and completion. */
public final class Tokens {
  public enum Kind { KEYWORD, IDENTIFIER, NUMBER, STRING, COMMENT, PUNCTUATION, WHITESPACE }

  public record Token(Kind kind, int offset, int length, String text) {
    public int end() {
      return offset + length;
    }
  }

  private Tokens() {}

  /** Every token of {@code text}, whitespace and comments included; a character the lexer rejects is punctuation. */
  public static List<Token> of(String text) {
    InternalFractalLexer lexer = new InternalFractalLexer(new ANTLRStringStream(text));
    List<Token> out = new ArrayList<>();
    int covered = 0;
    while (true) {
      org.antlr.runtime.Token t = lexer.nextToken();
      if (t == null || t.getType() == org.antlr.runtime.Token.EOF) break;
      CommonToken ct = (CommonToken) t;
      int start = ct.getStartIndex();
      int end = ct.getStopIndex() + 1;
      if (start < covered || end <= start) continue;
      out.add(new Token(kind(t.getType()), start, end - start, text.substring(start, end)));
      covered = end;
    }
    return out;
  }

  private static Kind kind(int type) {
    String name = type >= 0 && type < InternalFractalParser.tokenNames.length ? InternalFractalParser.tokenNames[type] : "";
    if (name.length() > 2 && name.startsWith("'") && Character.isLetter(name.charAt(1))) return Kind.KEYWORD;
    return switch (name) {
      case "RULE_ID" -> Kind.IDENTIFIER;
      case "RULE_INT", "RULE_FLOAT" -> Kind.NUMBER;
      case "RULE_STRING" -> Kind.STRING;
      case "RULE_ML_COMMENT", "RULE_SL_COMMENT" -> Kind.COMMENT;
      case "RULE_WS" -> Kind.WHITESPACE;
      default -> Kind.PUNCTUATION;
    };
  }

  /** The language's keywords (the grammar's alphabetic literals). */
  public static List<String> keywords() {
    List<String> out = new ArrayList<>();
    for (String n : InternalFractalParser.tokenNames) {
      if (n.length() > 2 && n.startsWith("'") && Character.isLetter(n.charAt(1))) out.add(n.substring(1, n.length() - 1));
    }
    return out;
  }
}
