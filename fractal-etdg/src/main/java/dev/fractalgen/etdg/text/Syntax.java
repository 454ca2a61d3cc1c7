package dev.fractalgen.etdg.text;

import dev.fractalgen.etdg.model.DType;
import dev.fractalgen.etdg.model.Node;
import dev.fractalgen.etdg.model.Op;
import dev.fractalgen.etdg.model.ReduceKind;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** The spellings shared by the printer and the parser: op and dtype names, names, quoting. */
final class Syntax {
  private Syntax() {}

  /** A value name printed without quotes after '%'. */
  static final Pattern BARE_NAME = Pattern.compile("[A-Za-z0-9_.]+");
  /** A graph name or config key printed without quotes. */
  static final Pattern IDENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]*");
  /** A config value printed without quotes; the lexer reads exactly this as one number token. */
  static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

  private static final Map<String, Op> OPS = new HashMap<>();
  private static final Map<String, ReduceKind> REDUCES = new HashMap<>();
  private static final Map<String, DType> DTYPES = new HashMap<>();

  static {
    for (Op op : Op.VALUES) OPS.put(lower(op.getLiteral()), op);
    for (ReduceKind k : ReduceKind.VALUES) REDUCES.put(lower(k.getLiteral()), k);
    for (DType d : DType.VALUES) DTYPES.put(lower(d.getLiteral()), d);
  }

  private static String lower(String s) {
    return s.toLowerCase(java.util.Locale.ROOT);
  }

  /** {@code add}, {@code reduce.sum}: the reduce kind is part of the op's spelling. */
  static String opName(Node n) {
    String op = lower(n.getOp().getLiteral());
    return n.getOp() == Op.REDUCE ? op + "." + lower(n.getReduce().getLiteral()) : op;
  }

  static Op op(String name) {
    return OPS.get(name.startsWith("reduce.") ? "reduce" : name);
  }

  static ReduceKind reduceKind(String opName) {
    return opName.startsWith("reduce.") ? REDUCES.get(opName.substring("reduce.".length())) : null;
  }

  static DType dtype(String name) {
    return DTYPES.get(name);
  }

  static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        case '\r' -> b.append("\\r");
        default -> {
          if (c < 0x20 || c == 0x7f) b.append(String.format("\\u%04x", (int) c));
          else b.append(c);
        }
      }
    }
    return b.append('"').toString();
  }

  /** A printed value name: {@code %x}, or {@code %"a b"} for a name with other characters. */
  static String valueRef(String name) {
    return "%" + (BARE_NAME.matcher(name).matches() ? name : quote(name));
  }

  static String identOrQuoted(String s) {
    return IDENT.matcher(s).matches() ? s : quote(s);
  }
}
