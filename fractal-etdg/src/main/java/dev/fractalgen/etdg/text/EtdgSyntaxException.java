package dev.fractalgen.etdg.text;

/** A text-form ETDG that cannot be read, with the 1-based line and column where reading stopped. */
public final class EtdgSyntaxException extends Exception {
  private final int line;
  private final int column;

  public EtdgSyntaxException(int line, int column, String message) {
    super(line + ":" + column + ": " + message);
    this.line = line;
    this.column = column;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }
}
