package dev.fractalgen.suites.e2e;

import dev.fractalgen.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** Runs the `fractal` command line in-process and captures what it prints. */
record Cli(int status, String out, String err) {
  static Cli run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.execute(new PrintWriter(out), new PrintWriter(err), args);
    return new Cli(status, out.toString(), err.toString());
  }

  static Path root() {
    return Path.of(System.getProperty("fractal.root", "..")).toAbsolutePath().normalize();
  }

  static String model(String name) {
    return root().resolve("models").resolve(name).toString();
  }
}
