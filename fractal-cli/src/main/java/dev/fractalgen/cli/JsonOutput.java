package dev.fractalgen.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import dev.fractalgen.runtime.text.Tokenizer;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code --output json}: one document at the end. {@code --output jsonl}: one event per token as it
 * is generated ({@code {"event":"token","seq":0,"index":0,"id":..,"text":..}}), then one
 * {@code "summary"} event holding that same document.
 */
final class JsonOutput implements RunOutput {
  private final PrintWriter out;
  private final Tokenizer tokenizer;
  private final boolean lines;
  private final boolean logits;
  private final Gson compact = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();
  private final List<Tokenizer.Decoder> decoders = new ArrayList<>();

  JsonOutput(PrintWriter out, Tokenizer tokenizer, boolean lines, boolean logits) {
    this.out = out;
    this.tokenizer = tokenizer;
    this.lines = lines;
    this.logits = logits;
  }

  @Override
  public void start(List<Prompts.Prompt> prompts) {
    if (tokenizer == null || !lines) return;
    for (Prompts.Prompt p : prompts) decoders.add(tokenizer.decoder(p.ids()));
  }

  @Override
  public void token(int seq, int index, int id) {
    if (!lines) return;
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("event", "token");
    e.put("seq", seq);
    e.put("index", index);
    e.put("id", id);
    if (tokenizer != null) e.put("text", decoders.get(seq).next(id));
    out.println(compact.toJson(e));
    out.flush();
  }

  @Override
  public void finish(RunReport r) {
    Map<String, Object> doc = new LinkedHashMap<>();
    if (lines) doc.put("event", "summary");
    doc.put("model", r.model());
    doc.put("backend", r.backend());
    doc.put("device", r.device());
    doc.put("tokenizer", r.tokenizer());
    doc.put("sampling", r.sampling().json());
    doc.put("timing", timing(r));
    List<Map<String, Object>> seqs = new ArrayList<>();
    for (int s = 0; s < r.prompts().size(); s++) {
      Prompts.Prompt p = r.prompts().get(s);
      var q = r.result().sequences().get(s);
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("prompt", p.text());
      m.put("prompt_ids", p.ids());
      m.put("tokens", q.tokens());
      if (tokenizer != null) m.put("text", tokenizer.decode(p.ids(), q.tokens()));
      m.put("stop", q.stop());
      if (logits) m.put("final_logits", q.finalLogits());
      seqs.add(m);
    }
    doc.put("sequences", seqs);
    Gson g = lines ? compact : new GsonBuilder().serializeNulls().disableHtmlEscaping().setPrettyPrinting().create();
    out.println(g.toJson(doc));
    out.flush();
  }

  private static Map<String, Object> timing(RunReport r) {
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("kernel", r.bundle());
    t.put("compile_ms", r.compileMillis());
    t.put("load_ms", r.loadMillis());
    t.put("first_token_ms", r.result().firstTokenNanos() < 0 ? null : r.result().firstTokenNanos() / 1e6);
    t.put("generate_ms", r.result().wallNanos() / 1e6);
    t.put("tokens", r.result().totalTokens());
    t.put("tokens_per_second", r.result().tokensPerSecond());
    return t;
  }
}
