package dev.fractalgen.runtime;

/** A generate call the model cannot serve (a token outside the vocabulary, a prompt past capacity); nothing was launched. */
public final class InvalidRequestException extends FractalException {
  public InvalidRequestException(String message) {
    super(message);
  }
}
