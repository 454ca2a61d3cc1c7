package dev.fractalgen.suites.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import dev.fractalgen.suites.Repo;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code compile --schedule FILE}: an edited schedule that the checker accepts is compiled as
 * written, and computes what the schedule passes' one computes; a schedule that does not read, or
 * is unsound, fails with its place and exit status 2, and nothing is compiled.
 */
class ScheduleOptionTest {
  private static final String Q_ROWS = "parallel[warp] %map.1 = map fuse(%mul.3) vector(4) staged(2) batched(4x2)";

  @TempDir Path dir;

  @Test
  void anEditedScheduleIsCompiledAsWrittenAndComputesTheSameTokens() throws Exception {
    String text = standardSchedule();
    // the q rows on a thread each, their products stored before they are summed (not fused into
    // the sum): another kernel, the same sums in the same order; the k rows, now the layer's first
    // warp phase, copy their first rows when they start
    String k = "parallel[warp] %map.2 = map fuse(%mul.8) vector(4) staged(2) early batched(4x2)";
    assertTrue(text.contains(k), text);
    Path edited = write("edited.schedule", text.replace(Q_ROWS, "parallel[thread] %map.1 = map").replace(k, k.replace(" early", "")));
    Cli c = compile(edited, "b");
    assertEquals(0, c.status(), c.err());
    assertEquals(Files.readString(edited), Files.readString(dir.resolve("b/step.schedule")));
    assertEquals(sequences("a"), sequences("b"));
  }

  @Test
  void anUnreadableOrUnsoundScheduleIsRefusedWithItsPlace() throws Exception {
    String text = standardSchedule();
    String[] lines = text.split("\n");
    int row = java.util.stream.IntStream.range(0, lines.length).filter(i -> lines[i].contains(Q_ROWS)).findFirst().orElseThrow();
    Path bad = write("bad.schedule", text.replace(Q_ROWS, Q_ROWS.replace("parallel[warp]", "parallel[lane]")));
    assertRefused(compile(bad, "c"), bad + ":" + (row + 1) + ": expected a phase");
    // the barrier before the q rows dropped: they would read the normed input before it is written
    Path unsound = write("unsound.schedule", text.replaceFirst("\n( *)barrier\n(\\s*)" + java.util.regex.Pattern.quote(Q_ROWS), "\n$2" + Q_ROWS));
    assertRefused(compile(unsound, "d"), unsound + ": the schedule is unsound", "%map.1 reads %xb before a barrier or counter orders the write");
    assertRefused(compile(dir.resolve("missing.schedule"), "e"), "cannot read the schedule");
  }

  private String standardSchedule() throws Exception {
    Cli a = Cli.run("compile", Cli.model("llama2c.fractal"), "--target", "host", "-o", dir.resolve("a").toString());
    assertEquals(0, a.status(), a.err());
    String text = Files.readString(dir.resolve("a/step.schedule"));
    assertTrue(text.contains(Q_ROWS), text);
    return text;
  }

  private Path write(String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text);
  }

  private Cli compile(Path schedule, String out) {
    return Cli.run("compile", Cli.model("llama2c.fractal"), "--target", "host", "--schedule", schedule.toString(), "-o", dir.resolve(out).toString());
  }

  private void assertRefused(Cli c, String... fragments) {
    assertEquals(2, c.status(), c.out() + c.err());
    for (String f : fragments) assertTrue(c.err().contains(f), f + " not in: " + c.err());
    assertTrue(!c.err().contains("\tat "), "no stack trace: " + c.err());
  }

  /** The greedy tokens of the stories260K checkpoint from bundle {@code name}, 64 after "Once upon a time". */
  private Object sequences(String name) {
    Cli r = Cli.run("run", "--bundle", dir.resolve(name).toString(), "--weights", Repo.stories260K().toString(),
        "--prompt", "Once upon a time", "-n", "64", "--temperature", "0", "--output", "json");
    assertEquals(0, r.status(), r.err());
    return new Gson().fromJson(r.out(), JsonObject.class).get("sequences");
  }
}
