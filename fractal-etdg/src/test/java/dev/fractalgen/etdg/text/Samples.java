package dev.fractalgen.etdg.text;

import dev.fractalgen.etdg.build.GraphBuilder;
import dev.fractalgen.etdg.build.NodeBuilder;
import dev.fractalgen.etdg.build.RegionBuilder;
import dev.fractalgen.etdg.model.Arg;
import dev.fractalgen.etdg.model.Buffer;
import dev.fractalgen.etdg.model.DType;
import dev.fractalgen.etdg.model.Graph;
import dev.fractalgen.etdg.model.Growth;
import dev.fractalgen.etdg.model.Op;
import dev.fractalgen.etdg.model.Output;
import dev.fractalgen.etdg.model.ReduceKind;
import dev.fractalgen.etdg.type.DimExpr;
import dev.fractalgen.etdg.type.TensorType;
import java.util.ArrayList;
import java.util.List;

/** Valid graphs shared by the text, verify, XMI and DOT tests. */
public final class Samples {
  private Samples() {}

  /**
   * A whole tiny decoder in canonical text form (exactly as the printer prints it): prompt
   * forcing, a scan over two layers with a map nested inside, a vocabulary map, sampling, the
   * status logic, an APPEND and a REPLACE state, and one node of every other op.
   */
  public static final String TINY = """
      etdg tiny
      config dim = 4
      config eps = 1e-05
      config model = "tiny lm"
      weight %emb : f32[8, 4] = "tok_emb"
      weight %wq : f32[2, 4, 4] = stack "layers.{i}.wq"
      weight %head : f32[8, 4] = tied %emb
      param %temperature : f32[] = 1.0
      param %top_k : i32[] = 0.0
      param %top_p : f32[] = 0.9
      param %seed_lo : i32[] = 0.0
      param %seed_hi : i32[] = 0.0
      param %max_tokens : i32[] = 16.0
      sequence %prompt : i32[P]
      sequence %prompt_len : i32[]
      sequence %seq : i32[]
      state %kc : f32[2, 4] append capacity 64
      state %h : f32[4] replace
      generate {
        step(%token : i32[], %pos : i32[], %kc.in : f32[pos, 2, 4], %h.in : f32[4]) {
          %x = index[0] %emb, %token : f32[4]
          %x1, %ys = scan[1] %x, %wq (%c : f32[4], %w : f32[4, 4]) {
            %r = map %w (%row : f32[4] iter) {
              %p = mul %row, %c : f32[4]
              %d = reduce.sum[0] %p : f32[]
              yield %d
            } : f32[4]
            %k = add %r, %c : f32[4]
            yield %k, %r
          } : f32[4], f32[2, 4]
          %hn = add %x1, %h.in : f32[4]
          %logits = map %head, %hn (%hr : f32[4] iter, %hv : f32[4]) {
            %q = mul %hr, %hv : f32[4]
            %s = reduce.sum[0] %q : f32[]
            yield %s
          } : f32[8]
          %zero = const [0.0] : i32[]
          %one = const [1.0] : i32[]
          %two = const [2.0] : i32[]
          %three = const [3.0] : i32[]
          %pos1 = add %pos, %one : i32[]
          %inprompt = lt %pos1, %prompt_len : i32[]
          %last = sub %prompt_len, %one : i32[]
          %fi = minimum %pos1, %last : i32[]
          %forced = index[0] %prompt, %fi : i32[]
          %n = sub %pos1, %prompt_len : i32[]
          %tok = sample %logits, %temperature, %top_k, %top_p, %seed_lo, %seed_hi, %seq, %n : i32[]
          %next = select %inprompt, %forced, %tok : i32[]
          %iseos = eq %tok, %two : i32[]
          %n1 = add %n, %one : i32[]
          %done = ge %n1, %max_tokens : i32[]
          %s1 = select %done, %two, %one : i32[]
          %s2 = select %iseos, %three, %s1 : i32[]
          %status = select %inprompt, %zero, %s2 : i32[]
          %krow = stack %x, %hn : f32[2, 4]
          %all = slice[0] %kc.in, %zero : f32[pos, 2, 4]
          %flat = reshape %all : f32[pos, 8]
          %ids = iota : i32[pos]
          %idsf = cast %ids : f32[pos]
          %rows = gather %emb, %ids : f32[pos, 4]
          %win = window[2, 1] %x : f32[3, 2]
          %cat = concat[0] %x, %x : f32[8]
          %ex = exp %x : f32[4]
          %best = reduce.argmax[0] %logits : i32[]
          %odd = const [1.0E-5, -2.5, NaN, Infinity, -Infinity, -0.0] : f32[6]
          yield %next, %status, %krow, %hn
        }
      }
      """;

  /** A map inside a scan inside a map inside the step, with multi-output nodes at two levels. */
  public static final String NESTED = """
      etdg nest
      weight %w : f32[3, 2, 4] = "w"
      generate {
        step(%token : i32[], %pos : i32[]) {
          %m = map %w (%layer : f32[2, 4] iter) {
            %c0 = const [0.0, 0.0, 0.0, 0.0] : f32[4]
            %fin, %all, %sqs = scan[1] %c0, %layer (%c : f32[4], %x : f32[4]) {
              %sq, %e2 = map %x, %c (%e : f32[] iter, %f : f32[] iter) {
                %g = mul %e, %f : f32[]
                yield %g, %e
              } : f32[4], f32[4]
              %n = add %sq, %c : f32[4]
              yield %n, %n, %sq
            } : f32[4], f32[2, 4], f32[2, 4]
            yield %fin
          } : f32[3, 4]
          yield %token, %pos
        }
      }
      """;

  /**
   * A builder-made graph in the style of a front end: repeated names (a state and its step arg
   * share one, each layer's values repeat theirs), multi-output scans, nested regions.
   */
  public static Graph built() {
    GraphBuilder g = new GraphBuilder("built");
    g.config("layers", "2");
    Buffer emb = g.weight("emb", TensorType.of(DType.F32, 8, 4), "tok_emb", false);
    Buffer w = g.weight("w", TensorType.of(DType.F32, 2, 4, 4), "layers.{i}.w", true);
    Buffer t = g.param("temperature", DType.F32, 0.5);
    Buffer tk = g.param("top_k", DType.I32, 3);
    Buffer tp = g.param("top_p", DType.F32, 1);
    Buffer lo = g.param("seed_lo", DType.I32, 7);
    Buffer hi = g.param("seed_hi", DType.I32, 0);
    Buffer seq = g.sequence("seq", TensorType.scalar(DType.I32));
    Buffer kc = g.state("kc", TensorType.of(DType.F32, 4), Growth.APPEND, 32);
    Buffer h = g.state("h", TensorType.of(DType.F32, 4), Growth.REPLACE, 0);
    RegionBuilder step = g.generate(List.of(kc, h));
    List<Arg> a = step.region().getArgs();
    TensorType f4 = TensorType.of(DType.F32, 4);
    Output x = step.node(Op.INDEX).operands(emb, a.get(0)).ints(0).output("x", f4);
    Output cur = x;
    List<Output> perLayer = new ArrayList<>();
    for (int layer = 0; layer < 2; layer++) {
      // One scan per layer, each with the same value names inside.
      NodeBuilder scan = step.node(Op.SCAN).operands(cur, w).ints(1);
      RegionBuilder body = scan.region();
      Arg c = body.arg("c", f4, false);
      Arg wl = body.arg("wl", TensorType.of(DType.F32, 4, 4), false);
      NodeBuilder map = body.node(Op.MAP).operands(wl, c);
      RegionBuilder inner = map.region();
      Arg row = inner.arg("row", f4, true);
      Arg v = inner.arg("v", f4, false);
      Output p = inner.op(Op.MUL, "p", f4, row, v);
      Output d = inner.node(Op.REDUCE).operands(p).ints(0).reduce(ReduceKind.SUM)
          .output("d", TensorType.scalar(DType.F32));
      inner.results(d);
      Output r = map.output("r", f4);
      Output k = body.op(Op.ADD, "k", f4, r, c);
      body.results(k, r);
      cur = scan.output("y", f4);
      perLayer.add(scan.output("ys", TensorType.of(DType.F32, 2, 4)));
    }
    Output hn = step.op(Op.ADD, "hn", f4, cur, a.get(3));
    NodeBuilder lm = step.node(Op.MAP).operands(emb, hn);
    RegionBuilder lmBody = lm.region();
    Arg er = lmBody.arg("er", f4, true);
    Arg ev = lmBody.arg("ev", f4, false);
    Output q = lmBody.op(Op.MUL, "q", f4, er, ev);
    Output s = lmBody.node(Op.REDUCE).operands(q).ints(0).reduce(ReduceKind.SUM)
        .output("s", TensorType.scalar(DType.F32));
    lmBody.results(s);
    Output logits = lm.output("logits", TensorType.of(DType.F32, 8));
    TensorType i32 = TensorType.scalar(DType.I32);
    Output tok = step.op(Op.SAMPLE, "tok", i32, logits, t, tk, tp, lo, hi, seq, a.get(1));
    Output status = step.node(Op.CONST).data(1).output(null, i32);
    Output unnamed = step.op(Op.NEG, null, f4, hn);
    step.results(tok, status, unnamed, hn);
    return g.graph();
  }

  static TensorType type(String dtype, String... dims) {
    List<DimExpr> shape = new ArrayList<>();
    for (String d : dims) shape.add(DimExpr.parse(d));
    return new TensorType(DType.get(dtype.toUpperCase()), shape);
  }
}
