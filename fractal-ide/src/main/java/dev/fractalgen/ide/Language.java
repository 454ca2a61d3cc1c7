package dev.fractalgen.ide;

import com.google.inject.Injector;
import dev.fractalgen.dsl.FractalStandaloneSetup;

/** The language's Xtext runtime, set up once per process (its EMF registration is global). */
final class Language {
  private static Injector injector;

  private Language() {}

  static synchronized Injector injector() {
    if (injector == null) injector = new FractalStandaloneSetup().createInjectorAndDoEMFRegistration();
    return injector;
  }
}
