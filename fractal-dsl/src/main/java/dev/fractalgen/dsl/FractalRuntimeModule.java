package dev.fractalgen.dsl;

import org.eclipse.xtext.conversion.IValueConverterService;

/** The language's runtime bindings beyond the generated defaults. */
public class FractalRuntimeModule extends AbstractFractalRuntimeModule {
  @Override
  public Class<? extends IValueConverterService> bindIValueConverterService() {
    return FractalValueConverters.class;
  }
}
