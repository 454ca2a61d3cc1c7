package dev.fractalgen.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * models/small-shapes.properties: for a program whose defaults are a full-size model, the --config
 * overrides of a shape small enough for the reference interpreter (conformance packs, tests).
 */
public final class SmallShapes {
  private SmallShapes() {}

  /** The {@code key=value} overrides for {@code program} (a file name such as llama3.fractal), empty when it needs none. */
  public static List<String> of(Path modelsDir, String program) throws IOException {
    Properties shapes = new Properties();
    try (Reader in = Files.newBufferedReader(modelsDir.resolve("small-shapes.properties"))) {
      shapes.load(in);
    }
    return Stream.of(shapes.getProperty(program, "").trim().split("\\s+")).filter(kv -> !kv.isEmpty()).toList();
  }
}
