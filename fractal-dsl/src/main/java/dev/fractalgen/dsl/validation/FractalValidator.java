package dev.fractalgen.dsl.validation;

import dev.fractalgen.dsl.elab.Diagnostic;
import dev.fractalgen.dsl.elab.ProgramLowering;
import dev.fractalgen.dsl.fractal.Program;
import java.util.Map;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;

/**
 * Reports the diagnostics of elaboration (names, dtypes, shapes, the generate loop) at the
 * elements they are about. Elaboration is the single source of these checks, so the editor, the
 * command line and the compiler agree on what is an error.
 */
public class FractalValidator extends AbstractFractalValidator {

  @Check(CheckType.FAST)
  public void checkProgram(Program program) {
    for (Diagnostic d : ProgramLowering.lower(program, Map.of()).diagnostics()) {
      if (d.severity() == Diagnostic.Severity.ERROR) {
        getMessageAcceptor().acceptError(d.message(), d.where(), null, INSIGNIFICANT_INDEX, d.code());
      } else {
        getMessageAcceptor().acceptWarning(d.message(), d.where(), null, INSIGNIFICANT_INDEX, d.code());
      }
    }
  }
}
