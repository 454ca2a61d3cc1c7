package dev.fractalgen.runtime.text;

import java.nio.file.Path;

/** A tokenizer file that cannot be used; the message is one line: {@code "<path>: <detail> [<CODE>]"}. */
public final class TokenizerException extends Exception {
  private static final long serialVersionUID = 1L;

  /** The stable codes tools and tests match on. */
  public enum Code {
    /** The path names no readable file. */
    TOK_NOT_FOUND,
    /** The file ends early or holds values no tokenizer of its format can have. */
    TOK_MALFORMED,
    /** The file's format is not one this runtime reads. */
    TOK_UNSUPPORTED,
    /** The tokenizer's vocabulary does not fit the model's. */
    TOK_VOCAB_MISMATCH
  }

  private final Code code;

  public TokenizerException(Path path, Code code, String detail) {
    this(path, code, detail, null);
  }

  public TokenizerException(Path path, Code code, String detail, Throwable cause) {
    super(path + ": " + detail.replaceAll("\\p{Cntrl}", " ") + " [" + code + "]", cause);
    this.code = code;
  }

  public Code code() {
    return code;
  }
}
