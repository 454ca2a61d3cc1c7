package dev.fractalgen.etdg;

/**
 * The status a generate step yields next to its next token (docs/etdg.md): what the loop does
 * with that token. The front end computes it in the step itself, and the interpreter and every
 * backend decide from it whether a token is emitted and whether the sequence stops.
 */
public enum StepStatus {
  /** A prompt position: the next token is the prompt's, nothing is emitted. */
  PROMPT(0),
  /** The next token is emitted and the sequence goes on. */
  EMITTED(1),
  /** The next token is emitted and the sequence stops: it has its maximum of new tokens. */
  EMITTED_LAST(2),
  /** EOS was sampled: it is not emitted, and the sequence stops. */
  EOS(3);

  /** The i32 the step yields. */
  public final int code;

  StepStatus(int code) {
    this.code = code;
  }

  /** The status whose code is {@code code}, or null for a code that is none. */
  public static StepStatus of(int code) {
    for (StepStatus s : values()) if (s.code == code) return s;
    return null;
  }

  /** The largest code: a step yielding more is in error. */
  public static int lastCode() {
    return EOS.code;
  }
}
