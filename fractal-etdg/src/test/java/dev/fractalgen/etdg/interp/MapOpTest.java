package dev.fractalgen.etdg.interp;

import static dev.fractalgen.etdg.interp.Fragment.f32;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.fractalgen.etdg.build.NodeBuilder;
import dev.fractalgen.etdg.build.RegionBuilder;
import dev.fractalgen.etdg.model.Op;
import dev.fractalgen.etdg.model.Output;
import dev.fractalgen.etdg.model.ReduceKind;
import dev.fractalgen.etdg.model.Value;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MapOpTest {

  private static HostTensor random(Random r, long rows, long cols) {
    float[] v = new float[(int) (rows * cols)];
    for (int i = 0; i < v.length; i++) v[i] = r.nextInt(2001) / 100f - 10f;
    return Fragment.mat(rows, cols, v);
  }

  /** In {@code body}: the dot product of two vectors of length n, as mul then reduce.sum. */
  private static Output dot(RegionBuilder body, Value a, Value b, long n) {
    Output p = body.op(Op.MUL, "p", f32(n), a, b);
    return body.node(Op.REDUCE).operands(p).reduce(ReduceKind.SUM).ints(0).output("d", f32());
  }

  @Test
  void matvecMatchesALoop() {
    HostTensor w = random(new Random(1), 5, 4);
    HostTensor v = random(new Random(2), 1, 4).reshape(new long[] {4});
    Fragment f = new Fragment();
    var wa = f.arg("w", w);
    var va = f.arg("v", v);
    NodeBuilder map = f.nodes.node(Op.MAP).operands(wa, va);
    RegionBuilder body = map.region();
    var row = body.arg("row", f32(4), true);
    var vec = body.arg("vec", f32(4), false);
    body.results(dot(body, row, vec, 4));
    Output y = map.output("y", f32(5));

    float[] expected = new float[5];
    for (int i = 0; i < 5; i++) {
      float acc = 0f;
      for (int j = 0; j < 4; j++) acc += w.floatAt(i * 4 + j) * v.floatAt(j);
      expected[i] = acc;
    }
    assertArrayEquals(expected, f.run1(y).floats());
  }

  @Test
  void nestedMapsComputeAMatrixProductLikeATripleLoop() {
    HostTensor a = random(new Random(3), 2, 3);
    HostTensor bt = random(new Random(4), 4, 3); // B transposed: row j is column j of B
    Fragment f = new Fragment();
    var aa = f.arg("a", a);
    var ba = f.arg("bt", bt);
    NodeBuilder outer = f.nodes.node(Op.MAP).operands(aa, ba);
    RegionBuilder ob = outer.region();
    var arow = ob.arg("arow", f32(3), true);
    var ball = ob.arg("ball", f32(4, 3), false);
    NodeBuilder inner = ob.node(Op.MAP).operands(ball, arow);
    RegionBuilder ib = inner.region();
    var bcol = ib.arg("bcol", f32(3), true);
    var ar = ib.arg("ar", f32(3), false);
    ib.results(dot(ib, bcol, ar, 3));
    ob.results(inner.output("crow", f32(4)));
    Output c = outer.output("c", f32(2, 4));

    float[] expected = new float[8];
    for (int i = 0; i < 2; i++) {
      for (int j = 0; j < 4; j++) {
        float acc = 0f;
        for (int k = 0; k < 3; k++) acc += a.floatAt(i * 3 + k) * bt.floatAt(j * 3 + k);
        expected[i * 4 + j] = acc;
      }
    }
    HostTensor out = f.run1(c);
    assertArrayEquals(new long[] {2, 4}, out.shape());
    assertArrayEquals(expected, out.floats());
  }

  @Test
  void twoIteratedOperandsAndTwoResults() {
    Fragment f = new Fragment();
    var x = f.arg("x", Fragment.vec(1, 2, 3));
    var y = f.arg("y", Fragment.vec(10, 20, 30));
    var k = f.arg("k", HostTensor.scalarF32(2));
    NodeBuilder map = f.nodes.node(Op.MAP).operands(x, y, k);
    RegionBuilder body = map.region();
    var xi = body.arg("xi", f32(), true);
    var yi = body.arg("yi", f32(), true);
    var kk = body.arg("kk", f32(), false);
    Output s = body.op(Op.ADD, "s", f32(), xi, yi);
    Output t = body.op(Op.MUL, "t", f32(), xi, kk);
    body.results(s, t);
    Output sums = map.output("sums", f32(3));
    Output twice = map.output("twice", f32(3));
    var out = f.run(sums, twice);
    assertArrayEquals(new float[] {11, 22, 33}, out.get(0).floats());
    assertArrayEquals(new float[] {2, 4, 6}, out.get(1).floats());
  }

  @Test
  void iteratedOperandsOfDifferentLengthsAreAnError() {
    Fragment f = new Fragment();
    var x = f.arg("x", Fragment.vec(1, 2, 3));
    var y = f.arg("y", Fragment.vec(1, 2));
    NodeBuilder map = f.nodes.node(Op.MAP).operands(x, y);
    RegionBuilder body = map.region();
    var xi = body.arg("xi", f32(), true);
    var yi = body.arg("yi", f32(), true);
    body.results(body.op(Op.ADD, "s", f32(), xi, yi));
    Output out = map.output("out", f32(3));
    InterpreterException e = assertThrows(InterpreterException.class, () -> f.run1(out));
    assertEquals(Op.MAP, e.op());
  }
}
