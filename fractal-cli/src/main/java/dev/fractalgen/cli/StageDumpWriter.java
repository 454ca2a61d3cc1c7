package dev.fractalgen.cli;

import dev.fractalgen.core.io.IoErrors;
import dev.fractalgen.passes.Pass;
import dev.fractalgen.passes.StageListener;
import dev.fractalgen.passes.schedule.GridSchedules;
import dev.fractalgen.passes.schedule.SchedulePass;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the text form of the program after each stage chosen by {@link StageDumps}, one file per
 * written stage in its folder, numbered in the order they were written (with {@code all}:
 * {@code 00-etdg.etdg}, {@code 02-fold-constants.etdg}, {@code 06-assign-phases.schedule},
 * {@code 10-plan-memory.memory}, {@code 12-llvm.sm_90.ll}, ...).
 */
final class StageDumpWriter {
  private StageDumpWriter() {}

  /** Every stage name a compilation through {@code pipeline} passes, in order (llvm and kernel stand for every target). */
  static List<String> names(String pipeline) {
    List<String> out = new ArrayList<>(List.of("etdg"));
    for (Pass p : Programs.pipeline(pipeline).passes()) out.add(p.name());
    out.add("assign-phases");
    for (SchedulePass p : GridSchedules.standardPasses()) out.add(p.name());
    out.addAll(List.of("plan-memory", "llvm", "kernel"));
    return out;
  }

  /** The listener writing the chosen stages; {@link StageListener#NONE} when none is chosen. */
  static StageListener of(StageDumps options, String pipeline, boolean backend) {
    List<String> stages = options.stages;
    Path dir = options.dir;
    if (stages.isEmpty()) return StageListener.NONE;
    List<String> known = names(pipeline);
    if (!backend) known = known.subList(0, known.indexOf("assign-phases"));
    for (String s : stages) {
      boolean ok = s.equals("all") || known.contains(s) || known.contains(s.replaceFirst("\\..*", ""));
      if (!ok) throw new UserError("--dump-after takes all or one of " + String.join(", ", known) + "; found '" + s + "'");
    }
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UserError("cannot create --dump-dir " + dir + ": " + IoErrors.reason(e));
    }
    List<String> schedules = new ArrayList<>(List.of("assign-phases"));
    GridSchedules.standardPasses().forEach(p -> schedules.add(p.name()));
    int[] count = {0};
    return (stage, text) -> {
      if (!chosen(stages, stage)) return;
      String ext = stage.startsWith("llvm.") ? ".ll" : stage.startsWith("kernel.") ? ".ptx" : stage.equals("plan-memory") ? ".memory"
          : schedules.contains(stage) ? ".schedule" : ".etdg";
      Path f = dir.resolve(String.format("%02d-%s%s", count[0]++, stage, ext));
      try {
        Files.writeString(f, text.get());
      } catch (IOException e) {
        throw new UserError("cannot write " + f + ": " + IoErrors.reason(e));
      }
    };
  }

  private static boolean chosen(List<String> stages, String stage) {
    return stages.contains("all") || stages.contains(stage) || stages.contains(stage.replaceFirst("\\..*", ""));
  }
}
