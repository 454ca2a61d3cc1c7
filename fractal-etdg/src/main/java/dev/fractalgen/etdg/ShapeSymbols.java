package dev.fractalgen.etdg;

/**
 * The size symbols every generate step may use in its shapes (docs/etdg.md), as they are spelled
 * in the IR's text: each backend and the interpreter give them their values per sequence and step.
 */
public final class ShapeSymbols {
  private ShapeSymbols() {}

  /** The step's position: the rows an APPEND state holds before this step's row is added. */
  public static final String POS = "pos";
  /** The sequence's prompt length: the size of the prompt buffer. */
  public static final String PROMPT_LENGTH = "P";
}
