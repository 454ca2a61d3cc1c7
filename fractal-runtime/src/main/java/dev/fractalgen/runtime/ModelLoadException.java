package dev.fractalgen.runtime;

/** A model could not be loaded: no such bundle, a checkpoint or tokenizer that does not fit it, no usable device. */
public final class ModelLoadException extends FractalException {
  public ModelLoadException(String message) {
    super(message);
  }

  public ModelLoadException(String message, Throwable cause) {
    super(message, cause);
  }
}
