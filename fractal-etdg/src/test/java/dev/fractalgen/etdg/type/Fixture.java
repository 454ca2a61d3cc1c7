package dev.fractalgen.etdg.type;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fractalgen.etdg.build.NodeBuilder;
import dev.fractalgen.etdg.build.RegionBuilder;
import dev.fractalgen.etdg.model.Arg;
import dev.fractalgen.etdg.model.DType;
import dev.fractalgen.etdg.model.EtdgFactory;
import dev.fractalgen.etdg.model.Op;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Builds lone nodes over fresh values of given types, and asserts what TypeRules says of them. */
final class Fixture {
  private final RegionBuilder region = new RegionBuilder(EtdgFactory.eINSTANCE.createRegion());
  private int next;

  /** A fresh value of type {@code text}, e.g. {@code "f32[pos, 4]"}. */
  Arg v(String text) {
    return region.arg("v" + next++, t(text), false);
  }

  NodeBuilder node(Op op) {
    return region.node(op);
  }

  /** A node of {@code op} with declared outputs of the given types. */
  NodeBuilder node(Op op, String... declared) {
    NodeBuilder b = region.node(op);
    for (String d : declared) b.output("o" + next++, t(d));
    return b;
  }

  /** A type from its printed form, parsed independently of the code under test. */
  static TensorType t(String text) {
    int open = text.indexOf('[');
    DType dtype = DType.get(text.substring(0, open).toUpperCase(Locale.ROOT));
    String dims = text.substring(open + 1, text.length() - 1).trim();
    List<DimExpr> shape = new ArrayList<>();
    if (!dims.isEmpty()) for (String d : dims.split(",")) shape.add(DimExpr.parse(d.trim()));
    return new TensorType(dtype, shape);
  }

  static void assertTypes(NodeBuilder b, String... expected) {
    Typing typing = TypeRules.infer(b.node());
    assertTrue(typing.ok(), () -> "unexpected problems " + typing.problems());
    List<TensorType> want = new ArrayList<>();
    for (String e : expected) want.add(t(e));
    assertEquals(want, typing.types());
  }

  static void assertProblem(NodeBuilder b, String fragment) {
    Typing typing = TypeRules.infer(b.node());
    assertFalse(typing.ok(), () -> "accepted, giving " + typing.types());
    assertTrue(typing.types().isEmpty());
    assertTrue(typing.problems().stream().anyMatch(p -> p.contains(fragment)),
        () -> "no problem mentions '" + fragment + "': " + typing.problems());
  }
}
