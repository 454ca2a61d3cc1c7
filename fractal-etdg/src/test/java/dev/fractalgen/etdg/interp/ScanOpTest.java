package dev.fractalgen.etdg.interp;

import static dev.fractalgen.etdg.interp.Fragment.f32;
import static dev.fractalgen.etdg.interp.Fragment.i32;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fractalgen.etdg.build.NodeBuilder;
import dev.fractalgen.etdg.build.RegionBuilder;
import dev.fractalgen.etdg.model.Op;
import dev.fractalgen.etdg.model.Output;
import dev.fractalgen.etdg.model.ReduceKind;
import org.junit.jupiter.api.Test;

class ScanOpTest {

  @Test
  void runningSumWithStackedOutputs() {
    Fragment f = new Fragment();
    var zero = f.arg("zero", HostTensor.scalarF32(0));
    var xs = f.arg("xs", Fragment.vec(3, 1, 4, 1, 5));
    NodeBuilder scan = f.nodes.node(Op.SCAN).operands(zero, xs).ints(1);
    RegionBuilder body = scan.region();
    var acc = body.arg("acc", f32(), false);
    var x = body.arg("x", f32(), false);
    Output next = body.op(Op.ADD, "next", f32(), acc, x);
    Output twice = body.op(Op.ADD, "twice", f32(), next, next);
    body.results(next, next, twice);
    Output total = scan.output("total", f32());
    Output prefix = scan.output("prefix", f32(5));
    Output doubled = scan.output("doubled", f32(5));
    var out = f.run(total, prefix, doubled);
    assertEquals(14f, out.get(0).floatAt(0));
    assertArrayEquals(new float[] {3, 4, 8, 9, 14}, out.get(1).floats());
    assertArrayEquals(new float[] {6, 8, 16, 18, 28}, out.get(2).floats());
  }

  @Test
  void twoCarriesOverMatrixRows() {
    // Carries (count, last row sum) over the rows of a 3x2 matrix; y is each row reversed.
    Fragment f = new Fragment();
    var count = f.arg("count", HostTensor.scalarI32(0));
    var last = f.arg("last", HostTensor.scalarF32(-1));
    var rows = f.arg("rows", Fragment.mat(3, 2, 1, 2, 3, 4, 5, 6));
    NodeBuilder scan = f.nodes.node(Op.SCAN).operands(count, last, rows).ints(2);
    RegionBuilder body = scan.region();
    var c = body.arg("c", i32(), false);
    body.arg("l", f32(), false);
    var row = body.arg("row", f32(2), false);
    Output one = body.node(Op.CONST).data(1).output("one", i32());
    Output c1 = body.op(Op.ADD, "c1", i32(), c, one);
    Output s = body.node(Op.REDUCE).operands(row).reduce(ReduceKind.SUM).ints(0)
        .output("s", f32());
    Output zeroIdx = body.node(Op.CONST).data(0).output("zi", i32());
    Output oneIdx = body.node(Op.CONST).data(1).output("oi", i32());
    Output a = body.node(Op.INDEX).operands(row, oneIdx).ints(0).output("a", f32());
    Output b = body.node(Op.INDEX).operands(row, zeroIdx).ints(0).output("b", f32());
    Output rev = body.op(Op.STACK, "rev", f32(2), a, b);
    body.results(c1, s, rev);
    Output n = scan.output("n", i32());
    Output lastSum = scan.output("lastSum", f32());
    Output reversed = scan.output("reversed", f32(3, 2));
    var out = f.run(n, lastSum, reversed);
    assertEquals(3, out.get(0).intAt(0));
    assertEquals(11f, out.get(1).floatAt(0));
    assertArrayEquals(new float[] {2, 1, 4, 3, 6, 5}, out.get(2).floats());
  }
}
