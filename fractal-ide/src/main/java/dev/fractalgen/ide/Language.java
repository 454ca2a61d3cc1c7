package dev.fractalgen.ide;

import dev.fractalgen.dsl.FractalFrontEnd;

/** The one front end of the editor services: its Xtext injector is costly to make and its EMF registration global. */
final class Language {
  private static FractalFrontEnd frontEnd;

  private Language() {}

  static synchronized FractalFrontEnd frontEnd() {
    if (frontEnd == null) frontEnd = new FractalFrontEnd();
    return frontEnd;
  }
}
