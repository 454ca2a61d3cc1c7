package dev.fractalgen.cli;

import dev.fractalgen.backend.BundleCompiler;
import dev.fractalgen.backend.target.Target;
import dev.fractalgen.etdg.model.Graph;
import dev.fractalgen.passes.StageListener;
import dev.fractalgen.runtime.kernel.HostCpu;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code fractal compile FILE -o DIR --target host,sm_90}: one persistent kernel per target, as a bundle. */
@Command(name = "compile", mixinStandardHelpOptions = true,
    description = "Compiles a model program's generate loop into a bundle of kernels.")
final class CompileCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE") Path file;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "bundle directory (created)")
  Path out;

  @Option(names = "--target", split = ",", defaultValue = "host,sm_80,sm_90,gfx90a,gfx942",
      description = "targets among host, sm_80, sm_90, gfx90a, gfx942; default ${DEFAULT-VALUE}")
  List<String> targets;

  @Option(names = "--emit", split = ",", paramLabel = "WHAT", description = "extra outputs: llvm (the LLVM IR of each target); the ETDG and its schedule are always written")
  List<String> emit = new ArrayList<>();

  @Option(names = "--host-cpu", paramLabel = "LEVEL",
      description = "the x86-64 level of the host kernel: x86-64 (every x86-64 CPU), x86-64-v2, avx2 (v2 with AVX2 and FMA) or x86-64-v3; "
          + "default the highest this machine runs (a bundle for other machines wants the lowest they all run)")
  String hostCpu;

  @Option(names = "--gpu-block-threads", paramLabel = "N", defaultValue = "0",
      description = "threads of a GPU block, a multiple of 32 from 32 to 1024 (fewer leave each thread more registers); "
          + "default the targets' own, 512")
  int gpuBlockThreads;

  @Option(names = "--profile", description = "time every segment between grid barriers (the manifest lists them)")
  boolean profile;

  @Option(names = "--config", paramLabel = "KEY=VALUE", description = "override a config value")
  List<String> config = new ArrayList<>();

  @Option(names = "--pipeline", paramLabel = "NAME", defaultValue = "warp-orders",
      description = "ETDG passes run before scheduling: none, standard (shapes, folding, CSE, DCE), or warp-orders "
          + "(standard, then the warp's tree order on long sums, which GPUs split over a warp's lanes); default ${DEFAULT-VALUE}")
  String pipeline;

  @Option(names = "--schedule", paramLabel = "FILE",
      description = "compile with this grid schedule (the text of a bundle's step.schedule or of --dump-after, edited) "
          + "instead of what the schedule passes make of the program; it is checked first")
  Path schedule;

  @Mixin StageDumps dumps = new StageDumps();

  @Override
  public Integer call() {
    List<Target> ts = BundleBuilder.targets(targets);
    HostCpu cpu = BundleBuilder.hostCpu(hostCpu);
    for (String e : emit) {
      if (!e.equals("llvm") && !e.equals("etdg")) throw new UserError("--emit takes llvm or etdg, found '" + e + "'");
    }
    PrintWriter err = spec.commandLine().getErr();
    StageListener stages = StageDumpWriter.of(dumps, pipeline, true);
    Graph g = Programs.lower(file, config, pipeline, err, stages);
    if (g == null) return Main.PROGRAM_ERRORS;
    var options = new BundleCompiler.Options(emit.contains("llvm"), profile, cpu, gpuBlockThreads, schedule == null ? null : ScheduleFile.read(schedule, g));
    var result = BundleBuilder.compile(g, ts, out, options, stages);
    spec.commandLine().getOut().println("compiled " + g.getName() + " for " + String.join(", ", targets) + " into " + out);
    // what bounds a GPU kernel's occupancy and what it spills, as ptxas reports it (a loop, not a
    // lambda: picocli's reflection would load the backend's types of a lambda's signature on every
    // command, a cached run included)
    for (var e : result.resources().entrySet()) spec.commandLine().getOut().println("  " + e.getKey() + ": " + e.getValue().summary());
    return 0;
  }
}
