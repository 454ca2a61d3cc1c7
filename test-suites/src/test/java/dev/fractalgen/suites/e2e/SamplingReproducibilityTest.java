package dev.fractalgen.suites.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.fractalgen.suites.Repo;
import org.junit.jupiter.api.Test;

/** Seeded sampling on the real checkpoint: the same seed gives the same tokens, another seed others. */
class SamplingReproducibilityTest {
  private static Cli sample(String seed) {
    return Cli.run("run", Cli.model("llama2c.fractal"), "--weights", Repo.stories260K().toString(),
        "--prompt-ids", "1", "--prompt-ids", "1,300,17", "--max-tokens", "24", "--temperature", "1.0",
        "--top-p", "0.9", "--top-k", "40", "--seed", seed, "--output", "ids");
  }

  @Test
  void sameSeedSameTokensOtherSeedOtherTokens() {
    Cli a = sample("42");
    Cli b = sample("42");
    Cli c = sample("43");
    assertEquals(0, a.status(), a.err());
    assertEquals(a.out(), b.out());
    assertNotEquals(a.out(), c.out());
    // two sequences of the batch draw from different Philox streams (sequence index in the counter)
    assertEquals(2, a.out().lines().count());
  }
}
