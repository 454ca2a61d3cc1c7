package dev.fractalgen.runtime;

/** Why a sequence ended. */
public enum StopReason {
  /** The program's own stop rule (its eos ids). */
  EOS,
  /** It generated the most tokens it was allowed. */
  MAX_TOKENS,
  /** It generated one of {@link GenerateOptions#stopTokens()}. */
  STOP_TOKEN,
  /** Its text came to contain one of {@link GenerateOptions#stopStrings()}. */
  STOP_STRING,
  /** The call was cancelled: by a listener, {@link GenerationTask#cancel()}, or an interrupt. */
  CANCELLED,
  /** The call ran past {@link GenerateOptions#timeout()}. */
  TIMEOUT
}
