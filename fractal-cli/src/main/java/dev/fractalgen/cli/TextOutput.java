package dev.fractalgen.cli;

import dev.fractalgen.runtime.text.Tokenizer;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;

/**
 * {@code --output text}: the prompt and its continuation as text. One sequence streams token by
 * token as the loop produces it (like llama2.c, which echoes the prompt after BOS); a batch prints
 * each sequence whole at the end, prefixed by its index, so sequences never interleave.
 */
final class TextOutput implements RunOutput {
  private final PrintWriter out;
  private final Tokenizer tokenizer;
  private Tokenizer.Decoder stream;

  TextOutput(PrintWriter out, Tokenizer tokenizer) {
    this.out = out;
    this.tokenizer = tokenizer;
  }

  @Override
  public void start(List<Prompts.Prompt> prompts) {
    if (prompts.size() != 1) return;
    int[] ids = prompts.get(0).ids();
    int shown = shownFrom(tokenizer, ids);
    stream = tokenizer.decoder(Arrays.copyOf(ids, shown));
    for (int i = shown; i < ids.length; i++) out.print(stream.next(ids[i]));
    out.flush();
  }

  @Override
  public void token(int seq, int index, int id) {
    if (stream == null) return;
    out.print(stream.next(id));
    out.flush();
  }

  /** The prompt's text after a leading control token (BOS), where llama2.c starts printing too. */
  private static int shownFrom(Tokenizer t, int[] prompt) {
    return prompt.length > 0 && t.isSpecial(prompt[0]) ? 1 : 0;
  }

  /** The prompt after its leading control token, then the generated tokens, as one text (as llama2.c prints them). */
  static String render(Tokenizer t, int[] prompt, int[] tokens) {
    int shown = shownFrom(t, prompt);
    Tokenizer.Decoder d = t.decoder(Arrays.copyOf(prompt, shown));
    StringBuilder b = new StringBuilder();
    for (int i = shown; i < prompt.length; i++) b.append(d.next(prompt[i]));
    for (int id : tokens) b.append(d.next(id));
    return b.append(d.finish()).toString();
  }

  @Override
  public void finish(RunReport r) {
    if (stream != null) {
      out.println(stream.finish());
    } else {
      for (int s = 0; s < r.prompts().size(); s++) {
        out.println("[" + s + "] " + render(tokenizer, r.prompts().get(s).ids(), r.result().sequences().get(s).tokens()));
      }
    }
    out.flush();
  }
}
