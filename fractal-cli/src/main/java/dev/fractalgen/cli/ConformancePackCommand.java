package dev.fractalgen.cli;

import dev.fractalgen.core.io.IoErrors;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code fractal conformance-pack DIR}: prepares what the GPU conformance run needs and cannot
 * build itself (it has no LLVM); see {@link ConformancePack}. Its methods name no compiler type,
 * so building the command line loads none.
 */
@Command(name = "conformance-pack", hidden = true, description = "Prepares the GPU conformance pack.")
final class ConformancePackCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "DIR") Path out;

  @Option(names = "--checkpoint", paramLabel = "CKPT", description = "stories260K.bin, for real-weight cases of llama2c")
  Path checkpoint;

  @Option(names = "--profile", description = "compile the GPU kernels with profile points")
  boolean profile;

  @Override
  public Integer call() throws Exception {
    try {
      return new ConformancePack(profile).write(out, checkpoint);
    } catch (IOException e) {
      String file = e instanceof FileSystemException f && f.getFile() != null ? f.getFile() + ": " : "";
      throw new UserError("conformance-pack: " + file + IoErrors.reason(e));
    }
  }
}
