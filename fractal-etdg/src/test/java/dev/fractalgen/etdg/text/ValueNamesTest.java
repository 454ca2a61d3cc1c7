package dev.fractalgen.etdg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fractalgen.etdg.build.GraphBuilder;
import dev.fractalgen.etdg.build.RegionBuilder;
import dev.fractalgen.etdg.model.Arg;
import dev.fractalgen.etdg.model.DType;
import dev.fractalgen.etdg.model.Op;
import dev.fractalgen.etdg.model.Output;
import dev.fractalgen.etdg.type.TensorType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The naming rule: own name when unique, else .1, .2 in order of appearance; %0, %1 unnamed. */
class ValueNamesTest {
  private static final TensorType F = TensorType.scalar(DType.F32);

  /** Prints a step whose nodes (negations of the token's float cast) are named {@code names}. */
  private static String printed(String... names) {
    GraphBuilder g = new GraphBuilder("n");
    RegionBuilder step = g.generate(List.of());
    Arg pos = step.region().getArgs().get(1);
    for (String n : names) step.op(Op.CAST, n, F, pos);
    step.results(step.region().getArgs().get(0), pos);
    String text = EtdgPrinter.print(g.graph());
    return text.lines().filter(l -> l.contains(" = cast ")).map(l -> l.trim().substring(0, l.trim().indexOf(" = cast ")))
        .reduce((a, b) -> a + " " + b).orElse("");
  }

  @Test
  void uniqueNamesAreKept() {
    assertEquals("%a %b %c", printed("a", "b", "c"));
  }

  @Test
  void repeatedNamesAreNumberedInOrderOfAppearance() {
    assertEquals("%a.1 %b %a.2 %a.3", printed("a", "b", "a", "a"));
  }

  @Test
  void unnamedValuesAreNumbered() {
    assertEquals("%0 %x %1", printed(null, "x", ""));
  }

  @Test
  void generatedNamesNeverTakeAnExistingName() {
    // "a.1" is unique and keeps its name, so the two "a" become a.2 and a.3.
    assertEquals("%a.2 %a.1 %a.3", printed("a", "a.1", "a"));
    // "0" is taken by a named value, so the unnamed one becomes 1.
    assertEquals("%0 %1", printed("0", null));
  }

  @Test
  void namesOutsideTheBareAlphabetAreQuoted() {
    assertEquals("%\"a b\" %\"q\\\"\"", printed("a b", "q\""));
  }

  @Test
  void aStateAndItsStepArgShareTheRule() {
    GraphBuilder g = new GraphBuilder("s");
    var kc = g.state("kc", TensorType.of(DType.F32, 2), dev.fractalgen.etdg.model.Growth.REPLACE, 0);
    RegionBuilder step = g.generate(List.of(kc));
    List<Arg> a = step.region().getArgs();
    Output o = step.op(Op.NEG, "kc", TensorType.of(DType.F32, 2), a.get(2));
    step.results(a.get(0), a.get(1), o);
    EtdgPrinter p = new EtdgPrinter(g.graph());
    assertEquals("%kc.1", p.name(kc));
    assertEquals("%kc.2", p.name(a.get(2)));
    assertEquals("%kc.3", p.name(o));
    assertEquals("%kc.3 = neg %kc.2 : f32[2]", p.describe((dev.fractalgen.etdg.model.Node) o.eContainer()));
  }
}
