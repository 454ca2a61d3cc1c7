package dev.fractalgen.passes;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One case of a {@code passes/*.test} file, MLIR style: cases are split by {@code // -----}; a
 * case opens with {@code // RUN: pass[, pass...]} and a comment line saying what it is about,
 * holds the input graph in text form, and ends in {@code // CHECK:} / {@code // CHECK-NOT:} lines
 * about the printed result, or {@code // ERROR:} lines the internal error must contain.
 *
 * @param input the case's text, comments included (the ETDG lexer skips them), so that parse
 *     errors point at lines of the case
 */
record PassTestCase(String file, int line, List<String> passes, String intent, String input,
    List<Directive> checks, List<String> errors) {

  enum Kind { CHECK, CHECK_NOT }

  record Directive(Kind kind, String pattern, int line) {}

  static final String SEPARATOR = "// -----";

  @Override
  public String toString() {
    return file + ":" + line + " " + intent;
  }

  /** Every case of every {@code .test} file under the test resource folder {@code passes}. */
  static Stream<PassTestCase> all() throws IOException, URISyntaxException {
    return all("passes");
  }

  /** Every case of every {@code .test} file under the test resource folder {@code folder}. */
  static Stream<PassTestCase> all(String folder) throws IOException, URISyntaxException {
    URL dir = PassTestCase.class.getClassLoader().getResource(folder);
    if (dir == null) throw new IllegalStateException("no " + folder + "/ test resources");
    List<PassTestCase> cases = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".test")).sorted().toList()) {
        cases.addAll(parse(f.getFileName().toString(), Files.readString(f)));
      }
    }
    return cases.stream();
  }

  static List<PassTestCase> parse(String file, String text) {
    List<PassTestCase> out = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    int start = 0;
    for (int i = 0; i <= lines.length; i++) {
      if (i == lines.length || lines[i].strip().equals(SEPARATOR)) {
        PassTestCase c = parseCase(file, lines, start, i);
        if (c != null) out.add(c);
        start = i + 1;
      }
    }
    return out;
  }

  private static PassTestCase parseCase(String file, String[] lines, int from, int to) {
    int first = from;
    while (first < to && lines[first].isBlank()) first++;
    if (first == to) return null;
    String where = file + ":" + (first + 1);
    String run = directive(lines[first], "RUN:");
    if (run == null) throw new IllegalArgumentException(where + ": a case starts with '// RUN: <pass>'");
    List<String> passes = Stream.of(run.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    String intentLine = first + 1 < to ? lines[first + 1].strip() : "";
    if (!intentLine.startsWith("//") || intentLine.length() < 4 || directiveName(intentLine) != null) {
      throw new IllegalArgumentException(where + ": the line after RUN says what the case checks, as a comment");
    }
    List<Directive> checks = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    StringBuilder input = new StringBuilder();
    for (int i = from; i < to; i++) {
      String l = lines[i];
      String check = directive(l, "CHECK:");
      String not = directive(l, "CHECK-NOT:");
      String error = directive(l, "ERROR:");
      if (check != null) checks.add(new Directive(Kind.CHECK, check, i + 1));
      else if (not != null) checks.add(new Directive(Kind.CHECK_NOT, not, i + 1));
      else if (error != null) errors.add(error);
      // Blank lines keep the case's line numbers in parse errors.
      input.append(i < first ? "" : l).append('\n');
    }
    if (checks.isEmpty() == errors.isEmpty()) {
      throw new IllegalArgumentException(where + ": a case has CHECK lines or ERROR lines, not both or neither");
    }
    return new PassTestCase(file, first + 1, passes, intentLine.substring(2).strip(), input.toString(), checks, errors);
  }

  private static String directiveName(String line) {
    String s = line.strip();
    for (String d : List.of("RUN:", "CHECK:", "CHECK-NOT:", "ERROR:")) if (s.startsWith("// " + d)) return d;
    return null;
  }

  private static String directive(String line, String name) {
    String s = line.strip();
    String prefix = "// " + name;
    return s.startsWith(prefix) ? s.substring(prefix.length()).strip() : null;
  }
}
