package dev.fractalgen.dsl;

import com.google.inject.Inject;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.INTValueConverter;
import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.nodemodel.INode;

/** Literal conversion: an integer literal too large for i32 says so, instead of Java's number-format message. */
public class FractalValueConverters extends DefaultTerminalConverters {
  @Inject private IntLiterals intLiterals;

  @Override
  @ValueConverter(rule = "INT")
  public IValueConverter<Integer> INT() {
    return intLiterals;
  }

  /** Xtext's INT conversion, with a message that names the i32 range. */
  static class IntLiterals extends INTValueConverter {
    @Override
    public Integer toValue(String string, INode node) {
      try {
        return Integer.valueOf(Integer.parseInt(string, 10));
      } catch (NumberFormatException e) {
        throw new ValueConverterException("integer literal " + string + " does not fit in i32 (at most " + Integer.MAX_VALUE + ")", node, null);
      }
    }
  }
}
