package dev.fractalgen.etdg.interp;

/** Why a sequence stopped generating: the status its last step returned. */
public enum StopReason {
  /** Status 3: an end-of-sequence token was sampled; it is not emitted. */
  EOS,
  /** Status 2: the last token was emitted because the token budget is spent. */
  MAX_TOKENS
}
