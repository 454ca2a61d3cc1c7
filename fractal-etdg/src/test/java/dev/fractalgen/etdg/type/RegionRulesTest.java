package dev.fractalgen.etdg.type;

import static dev.fractalgen.etdg.type.Fixture.assertProblem;
import static dev.fractalgen.etdg.type.Fixture.assertTypes;
import static dev.fractalgen.etdg.type.Fixture.t;

import dev.fractalgen.etdg.build.NodeBuilder;
import dev.fractalgen.etdg.build.RegionBuilder;
import dev.fractalgen.etdg.model.Arg;
import dev.fractalgen.etdg.model.Op;
import dev.fractalgen.etdg.model.ReduceKind;
import org.junit.jupiter.api.Test;

class RegionRulesTest {
  private final Fixture f = new Fixture();

  /** map w, v (row iter, vec) { yield sum(row * vec) }: a matrix-vector product. */
  private NodeBuilder matvec(String w, String v, String rowType, String vecType) {
    NodeBuilder map = f.node(Op.MAP).operands(f.v(w), f.v(v));
    RegionBuilder r = map.region();
    Arg row = r.arg("row", t(rowType), true);
    Arg vec = r.arg("vec", t(vecType), false);
    var p = r.op(Op.MUL, "p", t(rowType), row, vec);
    r.results(r.node(Op.REDUCE).reduce(ReduceKind.SUM).operands(p).ints(0).output("d", t("f32[]")));
    return map;
  }

  @Test
  void mapStacksEachResultOverTheIteratedDim() {
    assertTypes(matvec("f32[8, 4]", "f32[4]", "f32[4]", "f32[4]"), "f32[8]");
    assertTypes(matvec("f32[pos, 4]", "f32[4]", "f32[4]", "f32[4]"), "f32[pos]");
  }

  @Test
  void mapGivesOneOutputPerResult() {
    NodeBuilder map = f.node(Op.MAP).operands(f.v("f32[3, 2, 5]"), f.v("i32[3]"));
    RegionBuilder r = map.region();
    Arg a = r.arg("a", t("f32[2, 5]"), true);
    Arg b = r.arg("b", t("i32[]"), true);
    r.results(b, a);
    assertTypes(map, "i32[3]", "f32[3, 2, 5]");
  }

  @Test
  void mapRejectsIteratedDimsThatDisagree() {
    NodeBuilder map = f.node(Op.MAP).operands(f.v("f32[8, 4]"), f.v("f32[6, 4]"));
    RegionBuilder r = map.region();
    r.results(r.arg("a", t("f32[4]"), true), r.arg("b", t("f32[4]"), true));
    assertProblem(map, "map iterates operand 1 f32[6, 4] over 6, but operand 0 over 8");
  }

  @Test
  void mapRejectsArgsOfTheWrongType() {
    // An iterated arg is an element: f32[4], not the whole f32[8, 4].
    assertProblem(matvec("f32[8, 4]", "f32[4]", "f32[8, 4]", "f32[4]"), "map arg 0 %row is f32[8, 4], expected f32[4]");
    // A broadcast arg is the whole operand.
    NodeBuilder map = f.node(Op.MAP).operands(f.v("f32[8, 4]"), f.v("f32[4]"));
    RegionBuilder r = map.region();
    r.results(r.arg("a", t("f32[4]"), true), r.arg("b", t("f32[]"), false));
    assertProblem(map, "map arg 1 %b is f32[], expected f32[4]");
  }

  @Test
  void mapRejectsWhatCannotBeIterated() {
    NodeBuilder none = f.node(Op.MAP).operands(f.v("f32[4]"));
    RegionBuilder r = none.region();
    r.results(r.arg("a", t("f32[4]"), false));
    assertProblem(none, "no iterated argument");
    NodeBuilder scalar = f.node(Op.MAP).operands(f.v("f32[]"));
    RegionBuilder s = scalar.region();
    s.results(s.arg("a", t("f32[]"), true));
    assertProblem(scalar, "is a scalar f32[] and cannot be iterated");
  }

  @Test
  void mapRejectsBadRegionShapes() {
    NodeBuilder args = f.node(Op.MAP).operands(f.v("f32[4]"), f.v("f32[4]"));
    RegionBuilder r = args.region();
    r.results(r.arg("a", t("f32[]"), true));
    assertProblem(args, "map region has 1 args for 2 operands");
    NodeBuilder empty = f.node(Op.MAP).operands(f.v("f32[4]"));
    empty.region().arg("a", t("f32[]"), true);
    assertProblem(empty, "yields nothing");
    assertProblem(f.node(Op.MAP).operands(f.v("f32[4]")), "map takes 1 region, has 0");
  }

  /** scan[1] c, xs (c, x) { k = c + x; yield k, x } over layers. */
  private NodeBuilder scan(String c, String xs, String carryResult) {
    NodeBuilder scan = f.node(Op.SCAN).operands(f.v(c), f.v(xs)).ints(1);
    RegionBuilder r = scan.region();
    Arg ca = r.arg("c", t(c), false);
    Arg x = r.arg("x", t(xs).dropLeading(), false);
    var k = r.op(Op.ADD, "k", t(carryResult), ca, x);
    r.results(k, x);
    return scan;
  }

  @Test
  void scanGivesFinalCarriesThenStackedResults() {
    assertTypes(scan("f32[4]", "f32[2, 4]", "f32[4]"), "f32[4]", "f32[2, 4]");
    assertTypes(scan("f32[4]", "f32[P, 4]", "f32[4]"), "f32[4]", "f32[P, 4]");
  }

  @Test
  void scanWithoutCarriesIsAStackedLoop() {
    NodeBuilder scan = f.node(Op.SCAN).operands(f.v("f32[3, 2]")).ints(0);
    RegionBuilder r = scan.region();
    Arg x = r.arg("x", t("f32[2]"), false);
    r.results(r.node(Op.REDUCE).operands(x).ints(0).output("s", t("f32[]")));
    assertTypes(scan, "f32[3]");
  }

  @Test
  void scanWithTwoCarriesAndTwoScannedOperands() {
    NodeBuilder scan = f.node(Op.SCAN).operands(f.v("f32[4]"), f.v("i32[]"), f.v("f32[5, 4]"), f.v("i32[5]"))
        .ints(2);
    RegionBuilder r = scan.region();
    Arg c = r.arg("c", t("f32[4]"), false);
    Arg n = r.arg("n", t("i32[]"), false);
    Arg x = r.arg("x", t("f32[4]"), false);
    Arg i = r.arg("i", t("i32[]"), false);
    r.results(x, i, c, n);
    assertTypes(scan, "f32[4]", "i32[]", "f32[5, 4]", "i32[5]");
  }

  @Test
  void scanRejectsANextCarryOfAnotherType() {
    assertProblem(scan("f32[4]", "f32[2, 4]", "f32[5]"), "scan region result 0 (next carry) is f32[5], expected f32[4]");
  }

  @Test
  void scanRejectsScannedOperandsOfDifferentLengths() {
    NodeBuilder scan = f.node(Op.SCAN).operands(f.v("f32[3]"), f.v("f32[4]")).ints(0);
    RegionBuilder r = scan.region();
    r.results(r.arg("a", t("f32[]"), false), r.arg("b", t("f32[]"), false));
    assertProblem(scan, "scan operand 1 f32[4] has length 4, expected 3");
  }

  @Test
  void scanRejectsBadCarryCountsAndArgs() {
    NodeBuilder noScanned = f.node(Op.SCAN).operands(f.v("f32[4]")).ints(1);
    noScanned.region().arg("c", t("f32[4]"), false);
    assertProblem(noScanned, "at least one scanned operand");
    NodeBuilder noInts = f.node(Op.SCAN).operands(f.v("f32[4]"));
    noInts.region();
    assertProblem(noInts, "takes 1 int attribute, has 0");
    NodeBuilder wrongArg = f.node(Op.SCAN).operands(f.v("f32[4]"), f.v("f32[2, 4]")).ints(1);
    RegionBuilder r = wrongArg.region();
    Arg c = r.arg("c", t("f32[4]"), false);
    r.arg("x", t("f32[2, 4]"), false);
    r.results(c);
    assertProblem(wrongArg, "scan arg 1 %x is f32[2, 4], expected f32[4]");
    NodeBuilder fewResults = f.node(Op.SCAN).operands(f.v("f32[4]"), f.v("f32[2, 4]")).ints(1);
    RegionBuilder s = fewResults.region();
    s.arg("c", t("f32[4]"), false);
    s.arg("x", t("f32[4]"), false);
    assertProblem(fewResults, "yields 0 values, fewer than its 1 carries");
  }
}
