package dev.fractalgen.backend;

/** The folder a bundle was to be written to cannot take it (a file, or a folder of something else): the user's input. */
public final class OutputFolderException extends RuntimeException {
  OutputFolderException(String message) {
    super(message, null, false, false);
  }
}
