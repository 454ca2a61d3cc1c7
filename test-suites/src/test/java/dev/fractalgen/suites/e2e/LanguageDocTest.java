package dev.fractalgen.suites.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fractalgen.suites.Repo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** docs/language.md stays true: every complete program in it checks cleanly, and the tutorial's program is the one in models/tutorial. */
class LanguageDocTest {
  @TempDir Path tmp;

  static String doc() throws Exception {
    return Files.readString(Repo.path("docs/language.md"));
  }

  /** The ```fractal blocks that are whole programs (they start with `model`). */
  static List<String> programs() throws Exception {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("```fractal\\n(.*?)```", Pattern.DOTALL).matcher(doc());
    while (m.find()) {
      String code = m.group(1);
      if (code.stripLeading().startsWith("model ") || code.lines().anyMatch(l -> l.startsWith("model "))) out.add(code);
    }
    return out;
  }

  @TestFactory
  Stream<DynamicTest> everyCompleteProgramChecks() throws Exception {
    List<String> ps = programs();
    assertTrue(ps.size() >= 2, "the reference shows complete programs, found " + ps.size());
    return java.util.stream.IntStream.range(0, ps.size()).mapToObj(i -> DynamicTest.dynamicTest("program " + (i + 1), () -> {
      Path f = tmp.resolve("doc" + i + ".fractal");
      Files.writeString(f, ps.get(i));
      Cli r = Cli.run("check", f.toString());
      assertEquals(0, r.status(), ps.get(i) + "\n" + r.out() + r.err());
    }));
  }

  @Test
  void tutorialProgramsAreShownVerbatimAndCheck() throws Exception {
    List<Path> files;
    try (var s = Files.list(Repo.path("models/tutorial"))) {
      files = s.filter(p -> p.toString().endsWith(".fractal")).sorted().toList();
    }
    assertTrue(!files.isEmpty());
    for (Path f : files) {
      Cli r = Cli.run("check", f.toString());
      assertEquals(0, r.status(), f + ": " + r.out());
      assertTrue(programs().contains(Files.readString(f)), f + " is not shown verbatim in docs/language.md");
    }
  }
}
