package dev.fractalgen.dsl.elab;

import dev.fractalgen.dsl.elab.Val.TupleVal;
import java.util.List;

/** Stands for a value whose definition had an error; any use of it aborts quietly. */
final class Poison {
  private Poison() {}

  static final Val VALUE = new TupleVal(List.of());
}
