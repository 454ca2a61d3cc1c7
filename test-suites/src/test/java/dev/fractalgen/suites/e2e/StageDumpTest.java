package dev.fractalgen.suites.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fractalgen.etdg.model.Graph;
import dev.fractalgen.etdg.text.EtdgParser;
import dev.fractalgen.etdg.text.EtdgPrinter;
import dev.fractalgen.passes.schedule.GridScheduleChecker;
import dev.fractalgen.passes.schedule.GridScheduleParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fractal compile --dump-after all} writes every stage of the compilation in order, and each
 * text reads back: the ETDG after each pass parses to itself, the schedules parse against the
 * final graph and are sound.
 */
class StageDumpTest {
  @TempDir Path tmp;

  @Test
  void everyStageIsWrittenInOrderAndReadsBack() throws Exception {
    Path dump = tmp.resolve("dump");
    Cli r = Cli.run("compile", Cli.model("llama2c.fractal"), "-o", tmp.resolve("bundle").toString(), "--target", "host,sm_90",
        "--dump-after", "all", "--dump-dir", dump.toString());
    assertEquals(0, r.status(), r.err());
    List<String> files;
    try (Stream<Path> s = Files.list(dump)) {
      files = s.map(p -> p.getFileName().toString()).sorted().toList();
    }
    assertEquals(List.of("00-etdg.etdg", "01-infer-shapes.etdg", "02-fold-constants.etdg", "03-hoist-scan-invariants.etdg",
        "04-eliminate-common-subexpressions.etdg", "05-eliminate-dead-nodes.etdg", "06-assign-reduction-orders.etdg",
        "07-assign-phases.schedule", "08-map-iterations-to-warps.schedule", "09-map-wide-bodies-to-blocks.schedule",
        "10-fuse-elementwise-producers.schedule", "11-fuse-into-block-readers.schedule", "12-spread-wide-elementwise.schedule",
        "13-stage-weight-rows.schedule", "14-prefetch-next-rows.schedule", "15-share-rows-across-sequences.schedule",
        "16-sum-by-columns.schedule", "17-order-phases-by-level.schedule", "18-elementwise-after-rows.schedule",
        "19-replicate-serial-phases.schedule", "20-place-synchronization.schedule", "21-end-scan-rounds-on-owners.schedule",
        "22-take-rows-together.schedule", "23-copy-first-rows-early.schedule",
        // every kernel's LLVM module is generated before any is optimized (they are optimized in
        // parallel); sm_90.b4 is the kernel for batches of four or more (ShareRowsAcrossSequencesPass)
        "24-plan-memory.memory", "25-llvm.host.ll", "26-llvm.sm_90.ll", "27-llvm.sm_90.b4.ll",
        "28-kernel.sm_90.ptx", "29-kernel.sm_90.b4.ptx"), files);
    assertEquals(Files.readString(tmp.resolve("bundle/step.memory")), Files.readString(dump.resolve("24-plan-memory.memory")));
    for (String f : files.subList(0, 7)) {
      String text = Files.readString(dump.resolve(f));
      assertEquals(text, EtdgPrinter.print(EtdgParser.parse(text)), f);
    }
    Graph last = EtdgParser.parse(Files.readString(dump.resolve("06-assign-reduction-orders.etdg")));
    assertEquals(Files.readString(tmp.resolve("bundle/step.etdg")), EtdgPrinter.print(last));
    for (String f : List.of("07-assign-phases.schedule", "08-map-iterations-to-warps.schedule", "09-map-wide-bodies-to-blocks.schedule",
        "10-fuse-elementwise-producers.schedule", "11-fuse-into-block-readers.schedule", "12-spread-wide-elementwise.schedule",
        "13-stage-weight-rows.schedule", "14-prefetch-next-rows.schedule", "15-share-rows-across-sequences.schedule",
        "16-sum-by-columns.schedule", "17-order-phases-by-level.schedule", "18-elementwise-after-rows.schedule",
        "19-replicate-serial-phases.schedule", "20-place-synchronization.schedule", "21-end-scan-rounds-on-owners.schedule",
        "22-take-rows-together.schedule", "23-copy-first-rows-early.schedule")) {
      var s = GridScheduleParser.parse(last, Files.readString(dump.resolve(f)));
      assertEquals(List.of(), GridScheduleChecker.problems(s), f);
    }
    assertEquals(Files.readString(tmp.resolve("bundle/step.schedule")), Files.readString(dump.resolve("23-copy-first-rows-early.schedule")));
    assertTrue(Files.readString(dump.resolve("07-assign-phases.schedule")).contains("parallel[thread] %map.1 = map"));
    assertTrue(Files.readString(dump.resolve("28-kernel.sm_90.ptx")).contains(".entry fractal_generate"));
    assertTrue(Files.readString(dump.resolve("29-kernel.sm_90.b4.ptx")).contains(".entry fractal_generate"));
  }

  @Test
  void unknownStagesAreBadInput() {
    Cli r = Cli.run("compile", Cli.model("llama2c.fractal"), "-o", tmp.resolve("b").toString(), "--dump-after", "optimize");
    assertEquals(2, r.status(), r.err());
    assertTrue(r.err().contains("--dump-after takes all or one of etdg, infer-shapes"), r.err());
  }
}
