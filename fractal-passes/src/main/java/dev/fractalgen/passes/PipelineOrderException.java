package dev.fractalgen.passes;

/** A pipeline in which some pass requires a property that does not hold when it would run. */
public final class PipelineOrderException extends IllegalArgumentException {
  private final String passName;
  private final IrProperty property;

  public PipelineOrderException(String passName, IrProperty property, String message) {
    super(message);
    this.passName = passName;
    this.property = property;
  }

  public String passName() {
    return passName;
  }

  public IrProperty property() {
    return property;
  }
}
