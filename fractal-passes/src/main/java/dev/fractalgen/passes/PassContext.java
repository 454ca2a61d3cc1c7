package dev.fractalgen.passes;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What one compilation carries through its pipeline: options (verify after each pass, a check
 * such as translation validation after each pass) and the statistics passes record.
 */
public final class PassContext {
  private final boolean verifyEachPass;
  private final PassCheck check;
  private final StageListener listener;
  private final Map<String, Long> statistics = new TreeMap<>();

  public PassContext(boolean verifyEachPass, PassCheck check) {
    this(verifyEachPass, check, StageListener.NONE);
  }

  private PassContext(boolean verifyEachPass, PassCheck check, StageListener listener) {
    this.verifyEachPass = verifyEachPass;
    this.check = check;
    this.listener = listener;
  }

  /** Verification after every pass, no other check: what compilations and tests use by default. */
  public static PassContext verifying() {
    return new PassContext(true, null);
  }

  /** A fresh context with the same verification and {@code check} after each pass. */
  public PassContext withCheck(PassCheck check) {
    return new PassContext(verifyEachPass, check, listener);
  }

  /** A fresh context with the same options, telling {@code l} the graph's text after each pass. */
  public PassContext withListener(StageListener l) {
    return new PassContext(verifyEachPass, check, l);
  }

  public StageListener listener() {
    return listener;
  }

  public boolean verifyEachPass() {
    return verifyEachPass;
  }

  public Optional<PassCheck> check() {
    return Optional.ofNullable(check);
  }

  /** Adds {@code n} to the statistic {@code <pass name>.<what>}, e.g. {@code fold-constants.folded}. */
  public void count(Pass pass, String what, long n) {
    statistics.merge(pass.name() + "." + what, n, Long::sum);
  }

  /** The statistic {@code key} ({@code <pass name>.<what>}), 0 when nothing was counted. */
  public long statistic(String key) {
    return statistics.getOrDefault(key, 0L);
  }

  /** Every statistic by key, sorted. */
  public Map<String, Long> statistics() {
    return Collections.unmodifiableMap(statistics);
  }
}
