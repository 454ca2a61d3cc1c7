package dev.fractalgen.runtime.util;

/**
 * A library's exception as text for a one-line user message: its first line, without the Java
 * class names its message may start with ("com.google.gson.stream.MalformedJsonException: ...").
 */
public final class ErrorText {
  private ErrorText() {}

  public static String of(Throwable e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    m = m.lines().findFirst().orElse("").strip();
    return m.replaceAll("(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9]*(?:Exception|Error): ", "");
  }
}
