package dev.fractalgen.passes.memory;

import dev.fractalgen.etdg.model.Value;
import dev.fractalgen.etdg.text.EtdgPrinter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a graph's buffers live for its kernels, decided before emission and read by the emitter
 * and the bundle's manifest alike: each weight's offset in the weights blob (256-byte aligned; a
 * tied weight shares its target's bytes), each param's slot in the param table, each state's
 * offset in a sequence's state storage (16-byte aligned; an APPEND state holds capacity rows);
 * each grid value's offset in a sequence's scratch (16-byte aligned), with the epochs it is live
 * in ({@link ScratchLiveness}): values whose epochs do not meet may share bytes. What the emitter
 * keeps for itself (staging copies, the scratch of nested bodies) follows the planned bytes.
 * Likewise, per parallel phase, each stored value of one iteration of its map body: in the running
 * thread's slot (a thread or warp per iteration) or in the block's scratch (a block per
 * iteration), live across the body's nodes.
 *
 * <p>Text form ({@link #print}, read back by {@link #parse}):
 * <pre>
 * memory llama2c
 * max_positions 512
 * weights 2048 bytes {
 *   %tok_emb at 0 : 1024 bytes
 *   %wcls = %tok_emb
 * }
 * params {
 *   %temperature slot 0
 * }
 * states stride 4096 {
 *   %k_cache at 0 : 2048 bytes
 * }
 * scratch 1152 bytes {
 *   %xb at 0 : 256 bytes live 1..2
 *   %h2 at 0 : 256 bytes live 3..3
 * }
 * phase %heads block 96 bytes {
 *   %scores at 0 : 64 bytes live 1..3
 * }
 * </pre>
 */
public record MemoryPlan(String graph, long maxPositions, List<Weight> weights, long weightsBytes, List<Param> params,
    List<State> states, long stateStride, List<Scratch> scratch, long scratchBytes, List<PhaseScratch> phases) {
  public MemoryPlan {
    weights = List.copyOf(weights);
    params = List.copyOf(params);
    states = List.copyOf(states);
    scratch = List.copyOf(scratch);
    phases = List.copyOf(phases);
  }

  /** A weight at {@code offset} in the blob, or (tiedTo set) the bytes of another weight. */
  public record Weight(String name, long offset, long bytes, String tiedTo) {}

  public record Param(String name, int slot) {}

  public record State(String name, long offset, long bytes) {}

  /** A grid value (named as in the ETDG text, without its %) at {@code offset} in a sequence's scratch, live in epochs def..last. */
  public record Scratch(String name, long offset, long bytes, long def, long last) {}

  /**
   * The body values of the parallel phase of map {@code map}, in arena {@code arena} ("slot": the
   * running thread's, "block": the block's), {@code bytes} in all; their live steps are node positions in the body.
   */
  public record PhaseScratch(String map, String arena, long bytes, List<Scratch> values) {
    public PhaseScratch {
      values = List.copyOf(values);
    }
  }

  /** The name the plan gives value {@code v}: its ETDG text name without the {@code %}. */
  public static String nameOf(EtdgPrinter names, Value v) {
    return names.name(v).substring(1);
  }

  public Weight weight(String name) {
    return weights.stream().filter(w -> w.name.equals(name)).findFirst().orElseThrow(() -> new IllegalArgumentException("no weight " + name));
  }

  public Param param(String name) {
    return params.stream().filter(p -> p.name.equals(name)).findFirst().orElseThrow(() -> new IllegalArgumentException("no param " + name));
  }

  public State state(String name) {
    return states.stream().filter(s -> s.name.equals(name)).findFirst().orElseThrow(() -> new IllegalArgumentException("no state " + name));
  }

  public String print() {
    StringBuilder b = new StringBuilder();
    b.append("memory ").append(graph).append('\n').append("max_positions ").append(maxPositions).append('\n');
    b.append("weights ").append(weightsBytes).append(" bytes {\n");
    for (Weight w : weights) {
      b.append("  %").append(w.name);
      if (w.tiedTo != null) b.append(" = %").append(w.tiedTo).append('\n');
      else b.append(" at ").append(w.offset).append(" : ").append(w.bytes).append(" bytes\n");
    }
    b.append("}\nparams {\n");
    for (Param p : params) b.append("  %").append(p.name).append(" slot ").append(p.slot).append('\n');
    b.append("}\nstates stride ").append(stateStride).append(" {\n");
    for (State s : states) b.append("  %").append(s.name).append(" at ").append(s.offset).append(" : ").append(s.bytes).append(" bytes\n");
    b.append("}\nscratch ").append(scratchBytes).append(" bytes {\n");
    scratchLines(b, scratch);
    b.append("}\n");
    for (PhaseScratch p : phases) {
      b.append("phase %").append(p.map).append(' ').append(p.arena).append(' ').append(p.bytes).append(" bytes {\n");
      scratchLines(b, p.values);
      b.append("}\n");
    }
    return b.toString();
  }

  private static void scratchLines(StringBuilder b, List<Scratch> values) {
    for (Scratch s : values) {
      b.append("  %").append(s.name).append(" at ").append(s.offset).append(" : ").append(s.bytes).append(" bytes live ")
          .append(s.def).append("..").append(s.last).append('\n');
    }
  }

  private static final Pattern WEIGHT = Pattern.compile("%(\\S+) at (\\d+) : (\\d+) bytes");
  private static final Pattern TIED = Pattern.compile("%(\\S+) = %(\\S+)");
  private static final Pattern PARAM = Pattern.compile("%(\\S+) slot (\\d+)");
  private static final Pattern PHASE = Pattern.compile("phase %(\\S+) (slot|block) (\\d+) bytes \\{");
  private static final Pattern SCRATCH = Pattern.compile("%(\\S+) at (\\d+) : (\\d+) bytes live (\\d+)\\.\\.(\\d+)");

  /**
   * The plan {@code text} describes.
   *
   * @throws IllegalArgumentException naming the line that cannot be read
   */
  public static MemoryPlan parse(String text) {
    try {
      return read(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("memory plan: a number out of range: " + e.getMessage());
    }
  }

  private static MemoryPlan read(String text) {
    List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    int[] at = {0};
    String graph = after(lines, at, "memory ");
    long maxPositions = Long.parseLong(after(lines, at, "max_positions "));
    String head = after(lines, at, "weights ");
    if (!head.endsWith(" bytes {")) throw bad(at[0], "expected 'weights N bytes {'");
    long weightsBytes = Long.parseLong(head.substring(0, head.length() - " bytes {".length()));
    List<Weight> weights = new ArrayList<>();
    for (String l; !(l = next(lines, at)).equals("}"); ) {
      Matcher w = WEIGHT.matcher(l), t = TIED.matcher(l);
      if (w.matches()) weights.add(new Weight(w.group(1), Long.parseLong(w.group(2)), Long.parseLong(w.group(3)), null));
      else if (t.matches()) weights.add(new Weight(t.group(1), -1, 0, t.group(2)));
      else throw bad(at[0], "expected '%name at OFFSET : N bytes', '%name = %other' or '}'");
    }
    if (!next(lines, at).equals("params {")) throw bad(at[0], "expected 'params {'");
    List<Param> params = new ArrayList<>();
    for (String l; !(l = next(lines, at)).equals("}"); ) {
      Matcher p = PARAM.matcher(l);
      if (!p.matches()) throw bad(at[0], "expected '%name slot N' or '}'");
      params.add(new Param(p.group(1), Integer.parseInt(p.group(2))));
    }
    String sh = after(lines, at, "states stride ");
    if (!sh.endsWith(" {")) throw bad(at[0], "expected 'states stride N {'");
    long stride = Long.parseLong(sh.substring(0, sh.length() - 2));
    List<State> states = new ArrayList<>();
    for (String l; !(l = next(lines, at)).equals("}"); ) {
      Matcher s = WEIGHT.matcher(l);
      if (!s.matches()) throw bad(at[0], "expected '%name at OFFSET : N bytes' or '}'");
      states.add(new State(s.group(1), Long.parseLong(s.group(2)), Long.parseLong(s.group(3))));
    }
    String sc = after(lines, at, "scratch ");
    if (!sc.endsWith(" bytes {")) throw bad(at[0], "expected 'scratch N bytes {'");
    long scratchBytes = Long.parseLong(sc.substring(0, sc.length() - " bytes {".length()));
    List<Scratch> scratch = scratchLines(lines, at);
    List<PhaseScratch> phases = new ArrayList<>();
    while (at[0] < lines.size()) {
      Matcher m = PHASE.matcher(next(lines, at));
      if (!m.matches()) throw bad(at[0], "expected 'phase %map slot|block N bytes {'");
      phases.add(new PhaseScratch(m.group(1), m.group(2), Long.parseLong(m.group(3)), scratchLines(lines, at)));
    }
    return new MemoryPlan(graph, maxPositions, weights, weightsBytes, params, states, stride, scratch, scratchBytes, phases);
  }

  /** Scratch lines up to and including the closing brace. */
  private static List<Scratch> scratchLines(List<String> lines, int[] at) {
    List<Scratch> out = new ArrayList<>();
    for (String l; !(l = next(lines, at)).equals("}"); ) {
      Matcher m = SCRATCH.matcher(l);
      if (!m.matches()) throw bad(at[0], "expected '%name at OFFSET : N bytes live DEF..LAST' or '}'");
      out.add(new Scratch(m.group(1), Long.parseLong(m.group(2)), Long.parseLong(m.group(3)), Long.parseLong(m.group(4)),
          Long.parseLong(m.group(5))));
    }
    return out;
  }

  private static String next(List<String> lines, int[] at) {
    if (at[0] >= lines.size()) throw bad(at[0], "unexpected end of the plan");
    return lines.get(at[0]++);
  }

  private static String after(List<String> lines, int[] at, String prefix) {
    String l = next(lines, at);
    if (!l.startsWith(prefix)) throw bad(at[0], "expected '" + prefix.strip() + " ...'");
    return l.substring(prefix.length());
  }

  private static IllegalArgumentException bad(int line, String message) {
    return new IllegalArgumentException("memory plan, entry " + line + ": " + message);
  }
}
