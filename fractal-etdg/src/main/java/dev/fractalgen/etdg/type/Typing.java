package dev.fractalgen.etdg.type;

import java.util.List;

/**
 * The outcome of typing one node: the output types its rule gives, or the problems that stop the
 * rule from giving them (then {@code types} is empty).
 */
public record Typing(List<TensorType> types, List<String> problems) {

  public Typing {
    types = List.copyOf(types);
    problems = List.copyOf(problems);
  }

  public static Typing of(List<TensorType> types) {
    return new Typing(types, List.of());
  }

  public static Typing failed(List<String> problems) {
    return new Typing(List.of(), problems);
  }

  public boolean ok() {
    return problems.isEmpty();
  }
}
