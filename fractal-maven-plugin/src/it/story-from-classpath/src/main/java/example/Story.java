package example;

import dev.fractalgen.runtime.GenerateOptions;
import dev.fractalgen.runtime.Model;
import dev.fractalgen.runtime.Token;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Streams a story from the model the fractal-maven-plugin compiled into this jar: {@code Story CHECKPOINT}. */
public class Story {
  public static void main(String[] args) {
    try (Model model = Model.fromClasspath("llama2c").weights(Path.of(args[0])).load();
        Stream<Token> tokens = model.stream("Once upon a time", GenerateOptions.greedy(252))) {
      tokens.forEach(t -> System.out.print(t.text()));
      System.out.println();
    }
  }
}
