package dev.fractalgen.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The editor services on models/llama2c.fractal, against values worked out by hand from its text. */
class IdeServicesTest {
  static String text;
  static Analysis llama;

  @BeforeAll
  static void load() throws IOException {
    text = Files.readString(Path.of(System.getProperty("fractal.root", "..")).resolve("models/llama2c.fractal"));
    llama = Analysis.of(text, "llama2c.fractal");
  }

  static int at(String s, String needle, int plus) {
    int i = s.indexOf(needle);
    assertTrue(i >= 0, needle);
    return i + plus;
  }

  @Test
  void aValidModelHasNoProblems() {
    assertEquals(List.of(), llama.problems());
  }

  @Test
  void hoverShowsTheInferredShape() {
    Navigation nav = new Navigation(llama);
    // dim = 64, vocab_size = 512
    assertEquals("`weight wcls: f32[512, 64]`", nav.hover(at(text, "matvec(wcls", 8)).orElseThrow().text());
    // head_size = 64 / 8, kv_dim = 4 * 8
    assertEquals("`config kv_dim: i32 = 32`", nav.hover(at(text, "kv_dim = n_kv", 2)).orElseThrow().text());
    // xb = rmsnorm(h, ...) of the residual f32[dim]
    assertEquals("`let xb: f32[64]`", nav.hover(at(text, "matvec(wq[l], xb)", 15)).orElseThrow().text());
    // inside a generic function's body: the size it is used at (rmsnorm is used on f32[64] only)
    assertEquals("`x * x`: `f32[64]`", nav.hover(at(text, "x * x", 2)).orElseThrow().text());
  }

  @Test
  void definitionFindsTheDeclaration() {
    Navigation nav = new Navigation(llama);
    Declaration d = nav.definition(at(text, "rmsnorm(h, rms_att", 2)).orElseThrow();
    assertEquals(Declaration.Kind.FUNCTION, d.kind());
    assertEquals(at(text, "fn rmsnorm", 3), d.offset());
    Declaration w = nav.definition(at(text, "tied tok_emb", 6)).orElseThrow();
    assertEquals(at(text, "tok_emb: f32", 0), w.offset());
    // the lambda's own parameter h, not anything global
    Declaration h = nav.definition(at(text, "rmsnorm(h, rms_att", 8)).orElseThrow();
    assertEquals(Declaration.Kind.LAMBDA_PARAMETER, h.kind());
    assertEquals(at(text, "(h, l) =>", 1), h.offset());
  }

  @Test
  void outlineListsTheMembers() {
    List<String> top = Outline.of(llama).stream().map(Outline.Symbol::name).toList();
    assertEquals(List.of("config", "weights", "matvec", "rmsnorm", "rope", "attention", "softmax", "swiglu", "generate"), top);
    Outline.Symbol gen = Outline.of(llama).get(8);
    assertEquals(List.of("ids", "k_cache", "v_cache", "step"), gen.children().stream().map(Outline.Symbol::name).toList());
    // dim ... rope_theta: the twelve entries of the config block
    assertEquals(12, Outline.of(llama).get(0).children().size());
  }

  @Test
  void completionOffersNamesInScopeBuiltinsAndKeywords() {
    String edited = text.replace("let xb = rmsnorm(h, rms_att[l])", "let xb = rms");
    Analysis a = Analysis.of(edited, "edited.fractal");
    int offset = at(edited, "let xb = rms", 12);
    List<String> names = Completion.at(a, offset).stream().map(Completion.Proposal::text).toList();
    assertEquals(List.of("rms_att", "rms_ffn", "rms_final", "rmsnorm"), names.stream().sorted().toList());
    // a statement's start in a block
    int stmt = at(edited, "      let q = rope", 6);
    List<String> kw = Completion.at(a, stmt).stream().map(Completion.Proposal::text).toList();
    assertTrue(kw.containsAll(List.of("let", "next", "return")), kw.toString());
    // a type position and the top level
    String typed = "model m\nweights {\n  w: \n}\n";
    assertEquals(List.of("f32", "f16", "bf16", "i32"),
        Completion.at(Analysis.of(typed, "t"), at(typed, "w: ", 3)).stream().map(Completion.Proposal::text).toList());
    String top = "model m\nconfig { d = 1 }\n";
    assertEquals(List.of("config", "weights", "fn", "generate"),
        Completion.at(Analysis.of(top, "t"), top.length()).stream().map(Completion.Proposal::text).toList());
    String sample = "model m\ngenerate {\n  sample {\n    t";
    assertEquals(List.of("temperature", "top_k", "top_p"),
        Completion.at(Analysis.of(sample, "t"), sample.length()).stream().map(Completion.Proposal::text).toList());
  }

  @Test
  void problemsHaveCodesRangesAndFixes() {
    String broken = text.replace("let xb = rmsnorm(h, rms_att[l])", "let xb = rmsnorm(h, rms_atx[l])");
    Analysis a = Analysis.of(broken, "broken.fractal");
    assertEquals(1, a.problems().size(), a.problems().toString());
    Problem p = a.problems().get(0);
    assertEquals("unknown-name", p.code());
    assertEquals(at(broken, "rms_atx", 0), p.offset());
    assertEquals(7, p.length());
    assertEquals(text.lines().toList().indexOf(text.lines().filter(l -> l.contains("let xb = rmsnorm")).findFirst().orElseThrow()) + 1, p.line());
    List<QuickFixes.Fix> fixes = QuickFixes.of(p, broken);
    assertTrue(fixes.stream().anyMatch(f -> f.replacement().equals("rms_att") && f.offset() == p.offset() && f.length() == 7), fixes.toString());

    String unbound = "model m\nweights {\n  w: f32[4]\n}\n";
    Problem u = Analysis.of(unbound, "u").problems().stream().filter(x -> x.code().equals("unbound-weight")).findFirst().orElseThrow();
    QuickFixes.Fix bind = QuickFixes.of(u, unbound).get(0);
    assertEquals(at(unbound, "w: f32[4]", 9), bind.offset());
    assertEquals(" = \"w\"", bind.replacement());

    Analysis syntax = Analysis.of("model m\nconfig { d = }\n", "s");
    assertEquals("syntax", syntax.problems().get(0).code());
    assertEquals(2, syntax.problems().get(0).line());
  }

  @Test
  void compileRunsThePipelineOrReportsProblems() {
    ModelCompile.Result ok = ModelCompile.compile(text, "llama2c.fractal");
    assertTrue(ok.ok(), ok.problems().toString());
    assertTrue(ok.summary().matches("llama2c\\.fractal: compiled to \\d+ operations in \\d+ phases per step"), ok.summary());
    ModelCompile.Result bad = ModelCompile.compile(text.replace("rms_att[l])", "rms_atx[l])"), "b.fractal");
    assertEquals("b.fractal: 1 error, not compiled", bad.summary());
    assertEquals("unknown-name", bad.problems().get(0).code());
  }
}
