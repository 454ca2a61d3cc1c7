package dev.fractalgen.runtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * How to generate: every setting left unset takes the program's own value (its sample and stop
 * blocks). Immutable; {@link #builder()} validates each value as it is set.
 *
 * <pre>{@code
 * GenerateOptions o = GenerateOptions.builder().maxTokens(200).temperature(0.8).topP(0.9).seed(42)
 *     .stopStrings("\n\n").timeout(Duration.ofSeconds(30)).build();
 * }</pre>
 */
public final class GenerateOptions {
  private static final GenerateOptions DEFAULTS = builder().build();

  private final Integer maxTokens, topK;
  private final Double temperature, topP;
  private final Long seed;
  private final int[] stopTokens;
  private final List<String> stopStrings;
  private final Duration timeout;

  private GenerateOptions(Builder b) {
    maxTokens = b.maxTokens;
    topK = b.topK;
    temperature = b.temperature;
    topP = b.topP;
    seed = b.seed;
    stopTokens = b.stopTokens.clone();
    stopStrings = List.copyOf(b.stopStrings);
    timeout = b.timeout;
  }

  /** The program's own settings. */
  public static GenerateOptions defaults() {
    return DEFAULTS;
  }

  /** Greedy decoding (temperature 0) of at most {@code maxTokens} tokens. */
  public static GenerateOptions greedy(int maxTokens) {
    return builder().temperature(0).maxTokens(maxTokens).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public OptionalInt maxTokens() {
    return maxTokens == null ? OptionalInt.empty() : OptionalInt.of(maxTokens);
  }

  public OptionalDouble temperature() {
    return temperature == null ? OptionalDouble.empty() : OptionalDouble.of(temperature);
  }

  public OptionalInt topK() {
    return topK == null ? OptionalInt.empty() : OptionalInt.of(topK);
  }

  public OptionalDouble topP() {
    return topP == null ? OptionalDouble.empty() : OptionalDouble.of(topP);
  }

  public OptionalLong seed() {
    return seed == null ? OptionalLong.empty() : OptionalLong.of(seed);
  }

  /** Token ids that end a sequence besides the program's eos ids (left out of its tokens). */
  public int[] stopTokens() {
    return stopTokens.clone();
  }

  /** Strings that end a sequence once its text contains one (left out of its text); need a tokenizer. */
  public List<String> stopStrings() {
    return stopStrings;
  }

  /** The longest the whole call may take; past it the kernel stops and the sequences end with {@link StopReason#TIMEOUT}. */
  public Optional<Duration> timeout() {
    return Optional.ofNullable(timeout);
  }

  @Override
  public String toString() {
    return "GenerateOptions[maxTokens=" + maxTokens + ", temperature=" + temperature + ", topK=" + topK + ", topP=" + topP
        + ", seed=" + seed + ", stopTokens=" + Arrays.toString(stopTokens) + ", stopStrings=" + stopStrings + ", timeout=" + timeout + "]";
  }

  /** Sets options one at a time; each setter throws {@link IllegalArgumentException} for a value no program accepts. */
  public static final class Builder {
    private Integer maxTokens, topK;
    private Double temperature, topP;
    private Long seed;
    private int[] stopTokens = new int[0];
    private final List<String> stopStrings = new ArrayList<>();
    private Duration timeout;

    private Builder() {}

    /** At most this many new tokens per sequence (at least 1). */
    public Builder maxTokens(int n) {
      if (n < 1) throw new IllegalArgumentException("maxTokens must be at least 1, got " + n);
      maxTokens = n;
      return this;
    }

    /** 0 picks the most likely token (greedy); otherwise a finite number above 0. */
    public Builder temperature(double t) {
      if (!(t >= 0) || Double.isInfinite(t)) throw new IllegalArgumentException("temperature must be a finite number >= 0, got " + t);
      temperature = t;
      return this;
    }

    /** Samples among the k most likely tokens; 0 turns it off. */
    public Builder topK(int k) {
      if (k < 0) throw new IllegalArgumentException("topK must be >= 0 (0 turns it off), got " + k);
      topK = k;
      return this;
    }

    /** Nucleus sampling: the smallest set of tokens whose probability reaches p, in (0, 1]. */
    public Builder topP(double p) {
      if (!(p > 0 && p <= 1)) throw new IllegalArgumentException("topP must be in (0, 1], got " + p);
      topP = p;
      return this;
    }

    /** The seed of the sampler's random stream (the same seed, prompts and settings give the same tokens). */
    public Builder seed(long s) {
      if (s < 0) throw new IllegalArgumentException("seed must be >= 0, got " + s);
      seed = s;
      return this;
    }

    public Builder stopTokens(int... ids) {
      for (int id : ids) if (id < 0) throw new IllegalArgumentException("stop token ids are >= 0, got " + id);
      stopTokens = ids.clone();
      return this;
    }

    public Builder stopStrings(String... strings) {
      stopStrings.clear();
      for (String s : strings) {
        if (s == null || s.isEmpty()) throw new IllegalArgumentException("a stop string must not be empty");
        stopStrings.add(s);
      }
      return this;
    }

    public Builder timeout(Duration d) {
      if (d == null || d.isNegative() || d.isZero()) throw new IllegalArgumentException("timeout must be positive, got " + d);
      timeout = d;
      return this;
    }

    public GenerateOptions build() {
      return new GenerateOptions(this);
    }
  }
}
