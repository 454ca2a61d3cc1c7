package dev.fractalgen.ide;

import dev.fractalgen.dsl.elab.Builtins;
import dev.fractalgen.dsl.fractal.Program;
import dev.fractalgen.ide.Tokens.Token;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.emf.ecore.EObject;

/**
 * Content assist: what may be written at an offset, read from the tokens before it (which block
 * it is in, what came last) and the names in scope there. Proposals start with the identifier
 * being typed, which they replace.
 */
public final class Completion {
  public enum Kind { KEYWORD, TYPE, BUILTIN, FUNCTION, CONFIG, WEIGHT, VARIABLE, SETTING }

  /** A proposal: {@code text} replaces the {@code replaceLength} chars at {@code replaceOffset}. */
  public record Proposal(String text, Kind kind, String detail, int replaceOffset, int replaceLength) {}

  static final List<String> DTYPES = List.of("f32", "f16", "bf16", "i32");
  static final List<String> SAMPLE_SETTINGS = List.of("temperature", "top_k", "top_p", "seed");
  static final List<String> STOP_SETTINGS = List.of("eos", "max_tokens");

  private Completion() {}

  public static List<Proposal> at(Analysis a, int offset) {
    List<Token> tokens = Tokens.of(a.text()).stream()
        .filter(t -> t.kind() != Tokens.Kind.WHITESPACE && t.kind() != Tokens.Kind.COMMENT).toList();
    int prefixStart = offset;
    while (prefixStart > 0 && Character.isJavaIdentifierPart(a.text().charAt(prefixStart - 1))) prefixStart--;
    String prefix = a.text().substring(prefixStart, offset);
    final int start = prefixStart;
    List<Token> before = tokens.stream().filter(t -> t.end() <= start).toList();
    Map<String, Proposal> out = new LinkedHashMap<>();
    for (Proposal p : candidates(a, before, start)) {
      if (p.text().startsWith(prefix) && !p.text().equals(prefix)) out.putIfAbsent(p.text(), new Proposal(p.text(), p.kind(), p.detail(), start, prefix.length()));
    }
    return List.copyOf(out.values());
  }

  private static List<Proposal> candidates(Analysis a, List<Token> before, int offset) {
    Deque<String> blocks = new ArrayDeque<>();
    int brackets = 0;
    String prev = "", prev2 = "";
    for (Token t : before) {
      switch (t.text()) {
        case "{" -> blocks.push(switch (prev) {
          case "config", "weights", "generate", "sample", "stop" -> prev;
          default -> "block";
        });
        case "}" -> {
          if (!blocks.isEmpty()) blocks.pop();
        }
        case "[" -> brackets++;
        case "]" -> brackets = Math.max(0, brackets - 1);
        default -> {}
      }
      prev2 = prev;
      prev = t.text();
    }
    Token last = before.isEmpty() ? null : before.get(before.size() - 1);
    String block = blocks.isEmpty() ? "" : blocks.peek();
    List<Proposal> out = new ArrayList<>();
    if (last == null) return keywords(out, "model");
    if ((prev.equals(":") && brackets == 0) || prev.equals("->")) return types(out);
    switch (block) {
      case "" -> {
        if (prev2.equals("model") || prev.equals("}")) keywords(out, "config", "weights", "fn", "generate");
        return out;
      }
      case "config" -> {
        return isOperand(prev) ? expression(a, offset, out) : out;
      }
      case "weights" -> {
        switch (prev) {
          case "=", "then", "else" -> keywords(out, "stack", "tied", "if");
          case "tied" -> names(a, offset, out, Set.of(Declaration.Kind.WEIGHT));
          case "if" -> names(a, offset, out, Set.of(Declaration.Kind.CONFIG));
          default -> {
            if (brackets > 0) names(a, offset, out, Set.of(Declaration.Kind.CONFIG));
          }
        }
        return out;
      }
      case "sample", "stop" -> {
        if (isOperand(prev)) return expression(a, offset, out);
        for (String s : block.equals("sample") ? SAMPLE_SETTINGS : STOP_SETTINGS) out.add(new Proposal(s, Kind.SETTING, block + " setting", 0, 0));
        return out;
      }
      case "generate" -> {
        if (brackets > 0 || isOperand(prev)) return expression(a, offset, out);
        if (prev.equals("]")) keywords(out, "append", "replace");
        if (prev.equals("append")) keywords(out, "capacity");
        return keywords(out, "state", "step", "sample", "stop", "prompt");
      }
      default -> {
        if (brackets == 0 && (prev.equals("{") || prev.equals("}") || endsExpression(last))) keywords(out, "let", "next", "return");
        return isOperand(prev) || brackets > 0 || out.isEmpty() ? expression(a, offset, out) : out;
      }
    }
  }

  /** After these an expression starts (or goes on). */
  private static boolean isOperand(String prev) {
    return switch (prev) {
      case "=", "(", ",", "[", "+", "-", "*", "/", "%", "==", "!=", "<", "<=", ">", ">=", "&&", "||", "!", "=>", "return", "if", "then", "else", ":" -> true;
      default -> false;
    };
  }

  private static boolean endsExpression(Token t) {
    return t.kind() == Tokens.Kind.IDENTIFIER || t.kind() == Tokens.Kind.NUMBER || t.text().equals(")") || t.text().equals("]");
  }

  private static List<Proposal> expression(Analysis a, int offset, List<Proposal> out) {
    names(a, offset, out, Set.of(Declaration.Kind.values()));
    for (String b : Builtins.NAMES.stream().sorted().toList()) out.add(new Proposal(b, Kind.BUILTIN, "built-in function", 0, 0));
    return keywords(out, "if", "then", "else");
  }

  private static void names(Analysis a, int offset, List<Proposal> out, Set<Declaration.Kind> kinds) {
    if (a.program().isEmpty()) return;
    Program p = a.program().get();
    EObject at = a.elementAt(offset).orElse(p);
    Scopes scopes = new Scopes(a);
    List<Declaration> visible = new ArrayList<>(scopes.visible(at));
    if (!(at instanceof Program)) visible.addAll(scopes.globals(p));
    for (Declaration d : visible) {
      if (!kinds.contains(d.kind())) continue;
      Kind k = switch (d.kind()) {
        case CONFIG -> Kind.CONFIG;
        case WEIGHT -> Kind.WEIGHT;
        case FUNCTION -> Kind.FUNCTION;
        default -> Kind.VARIABLE;
      };
      out.add(new Proposal(d.name(), k, d.kind().label + (d.detail().isEmpty() ? "" : " " + d.detail()), 0, 0));
    }
  }

  private static List<Proposal> types(List<Proposal> out) {
    for (String t : DTYPES) out.add(new Proposal(t, Kind.TYPE, "dtype", 0, 0));
    return out;
  }

  private static List<Proposal> keywords(List<Proposal> out, String... words) {
    for (String w : words) out.add(new Proposal(w, Kind.KEYWORD, "keyword", 0, 0));
    return out;
  }
}
