package dev.fractalgen.suites.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fractalgen.ide.Analysis;
import dev.fractalgen.ide.Completion;
import dev.fractalgen.ide.Declaration;
import dev.fractalgen.ide.Navigation;
import dev.fractalgen.ide.Outline;
import dev.fractalgen.ide.Problem;
import dev.fractalgen.ide.QuickFixes;
import dev.fractalgen.suites.Repo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The editor services on every program of the bad-input corpus and of models/, and on every prefix
 * of a model as it is typed: the first problem is the one the command line reports (line, column
 * and code from the corpus's expected.tsv, counted by hand), and completion, hover, definition,
 * outline and quick fixes at every offset answer without failing, with ranges inside the text.
 */
class EditorServicesRobustnessTest {
  @TestFactory
  Stream<DynamicTest> badInputProgramsAreReportedAsTheCommandLineDoes() throws IOException {
    List<DynamicTest> out = new ArrayList<>();
    for (String row : Files.readAllLines(Repo.path("test-suites/src/test/resources/bad-input/programs/expected.tsv"))) {
      if (row.startsWith("#") || row.isBlank()) continue;
      String[] f = row.split("\t");
      Path file = Repo.path("test-suites/src/test/resources/bad-input/programs/" + f[0] + ".fractal");
      out.add(DynamicTest.dynamicTest(f[0], () -> {
        String text = Files.readString(file);
        Analysis a = Analysis.of(text, file.getFileName().toString());
        assertFalse(a.problems().isEmpty(), f[0]);
        Problem first = a.problems().stream().filter(Problem::error).findFirst().orElseThrow();
        assertEquals(f[1], first.line() + ":" + first.column(), first.toString());
        assertEquals(f[2], first.code());
        everyOffset(a);
      }));
    }
    return out.stream();
  }

  @TestFactory
  Stream<DynamicTest> modelsAndTheirPrefixes() throws IOException {
    List<Path> models;
    try (Stream<Path> s = Files.walk(Repo.path("models"))) {
      models = s.filter(p -> p.toString().endsWith(".fractal")).sorted().toList();
    }
    return models.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
      String text = Files.readString(p);
      Analysis whole = Analysis.of(text, p.getFileName().toString());
      assertTrue(whole.problems().stream().noneMatch(Problem::error), whole.problems().toString());
      assertFalse(Outline.of(whole).isEmpty());
      everyOffset(whole);
      // the program as it is being typed: every 61st prefix (a prime step lands in every kind of token)
      for (int end = 0; end < text.length(); end += 61) {
        Analysis a = Analysis.of(text.substring(0, end), p.getFileName().toString());
        inside(a);
        Completion.at(a, end);
        new Navigation(a).hover(Math.max(0, end - 1));
      }
    }));
  }

  private static void everyOffset(Analysis a) {
    inside(a);
    Navigation nav = new Navigation(a);
    int n = a.text().length();
    for (int offset = 0; offset <= n; offset++) {
      for (Completion.Proposal p : Completion.at(a, offset)) {
        assertTrue(p.replaceOffset() >= 0 && p.replaceOffset() + p.replaceLength() <= n, p.toString());
      }
      nav.hover(offset).ifPresent(h -> assertTrue(h.offset() >= 0 && h.offset() + h.length() <= n, h.toString()));
      for (Declaration d : nav.definition(offset).stream().toList()) {
        assertTrue(d.offset() >= 0 && d.offset() + d.length() <= n, d.toString());
      }
    }
  }

  private static void inside(Analysis a) {
    int n = a.text().length();
    for (Problem p : a.problems()) {
      assertTrue(p.offset() >= 0 && p.offset() + p.length() <= n, p.toString());
      for (QuickFixes.Fix f : QuickFixes.of(p, a.text())) assertTrue(f.offset() >= 0 && f.offset() + f.length() <= n, f.toString());
    }
  }
}
