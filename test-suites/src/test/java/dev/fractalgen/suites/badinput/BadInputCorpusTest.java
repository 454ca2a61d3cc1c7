package dev.fractalgen.suites.badinput;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fractalgen.cli.Main;
import dev.fractalgen.suites.Repo;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-input corpus (resources bad-input/): every case goes through the command line and must
 * end with its exact exit status and ONE error line that says where the problem is, never a stack
 * trace, within a time bound. Programs (bad-input/programs, one mistake each) must be reported at
 * the line and column counted by hand in expected.tsv, with the expected code; command-line cases
 * (cli.tsv) name the option, file or value at fault.
 */
class BadInputCorpusTest {
  private static final Duration BOUND = Duration.ofSeconds(60);
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(file|dir):([^}]+)}");
  @TempDir Path tmp;

  record Run(int status, String out, String err) {}

  static Run cli(List<String> args) {
    StringWriter out = new StringWriter(), err = new StringWriter();
    int status = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args.toArray(String[]::new));
    return new Run(status, out.toString(), err.toString());
  }

  static String resource(String name) throws IOException {
    return Files.readString(Repo.path("test-suites/src/test/resources/bad-input/" + name), StandardCharsets.UTF_8);
  }

  /** Exactly one line on standard error besides the program's warnings, and nothing of a Java failure in it. */
  static String oneLine(Run r) {
    List<String> lines = r.err().strip().lines().filter(l -> !l.contains(": warning: ")).toList();
    assertEquals(1, lines.size(), "one error line, got:\n" + r.err());
    assertFalse(r.err().contains("Exception") || r.err().contains("\tat ") || r.err().contains("Error:"), r.err());
    return lines.get(0);
  }

  @TestFactory
  Stream<DynamicTest> programs() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (String row : resource("programs/expected.tsv").lines().toList()) {
      if (row.startsWith("#") || row.isBlank()) continue;
      String[] f = row.split("\t");
      Path file = Repo.path("test-suites/src/test/resources/bad-input/programs/" + f[0] + ".fractal");
      tests.add(DynamicTest.dynamicTest(f[0], () -> {
        Run r = assertTimeoutPreemptively(BOUND, () -> cli(List.of("lower", file.toString())));
        assertEquals(Main.PROGRAM_ERRORS, r.status(), r.err());
        String line = oneLine(r);
        String prefix = file + ":" + f[1] + ": error: ";
        assertTrue(line.startsWith(prefix) && line.endsWith(" [" + f[2] + "]"), "expected " + prefix + "... [" + f[2] + "], got " + line);
      }));
    }
    tests.add(DynamicTest.dynamicTest("program-too-large", () -> {
      // 300 KB: past the 256 KiB the front end reads
      Path big = tmp.resolve("big.fractal");
      Files.writeString(big, Files.readString(Repo.path("models/llama2c.fractal")) + "//" + "x".repeat(300_000) + "\n");
      Run r = assertTimeoutPreemptively(BOUND, () -> cli(List.of("check", big.toString())));
      assertEquals(Main.PROGRAM_ERRORS, r.status(), r.err());
      String line = r.out().isBlank() ? oneLine(r) : r.out().strip();
      assertTrue(line.startsWith(big + ":1:1: error: ") && line.endsWith("[program-too-large]"), line);
    }));
    tests.add(DynamicTest.dynamicTest("too-many-operations", () -> {
      // a sum of 12000 terms: parses, but lowers to more operations than are compiled
      String program = resource("programs/unknown-name.fractal").replace("emd[token]", "emb[token]")
          .replace("    return map(", "    let y = " + String.join(" + ", java.util.Collections.nCopies(12_000, "x")) + "\n    return map(");
      Path wide = tmp.resolve("wide.fractal");
      Files.writeString(wide, program);
      Run r = assertTimeoutPreemptively(BOUND, () -> cli(List.of("lower", wide.toString())));
      assertEquals(Main.PROGRAM_ERRORS, r.status(), r.err());
      String line = oneLine(r);
      assertTrue(line.startsWith(wide + ":1:1: error: the program lowers to ") && line.endsWith("[program-too-large]"), line);
    }));
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> commandLine() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (String row : resource("cli.tsv").lines().toList()) {
      if (row.startsWith("#") || row.isBlank()) continue;
      String[] f = row.split("\t", -1);
      tests.add(DynamicTest.dynamicTest(f[0], () -> {
        Path dir = Files.createDirectories(tmp.resolve(f[0]));
        List<String> args = new ArrayList<>();
        for (int i = 3; i < f.length; i++) {
          if (i == 3 && f[i].isEmpty() && f.length == 4) break;
          args.add(substitute(f[i], dir));
        }
        Run r = assertTimeoutPreemptively(BOUND, () -> cli(args));
        assertEquals(Integer.parseInt(f[1]), r.status(), r.out() + r.err());
        String line = oneLine(r);
        assertTrue(line.startsWith("fractal: "), line);
        assertTrue(line.contains(substitute(f[2], dir)), "expected the line to name '" + substitute(f[2], dir) + "': " + line);
      }));
    }
    return tests.stream();
  }

  private static String substitute(String arg, Path dir) throws IOException {
    String s = arg.replace("{model}", Repo.path("models/llama2c.fractal").toString()).replace("{ckpt}", Repo.stories260K().toString())
        .replace("{root}", Repo.root().toString()).replace("{tmp}", dir.toString());
    Matcher m = PLACEHOLDER.matcher(s);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      Path p = CorruptFiles.write(m.group(2), dir);
      m.appendReplacement(b, Matcher.quoteReplacement((m.group(1).equals("dir") ? p.getParent() : p).toString()));
    }
    return m.appendTail(b).toString();
  }
}
