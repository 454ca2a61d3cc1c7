package dev.fractalgen.passes;

/** Hand-written generate graphs with something for every pass to do, for translation validation. */
final class Decoders {
  private Decoders() {}

  /**
   * A tiny decoder: prompt forcing, an APPEND and a REPLACE state that feed the logits, a scan
   * over two layers with a map inside, a vocabulary map, sampling with EOS and max tokens; plus
   * foldable consts, duplicate nodes and dead nodes.
   */
  static final String TINY = """
      etdg tiny
      weight %emb : f32[8, 4] = "tok_emb"
      weight %wq : f32[2, 4, 4] = stack "layers.{i}.wq"
      weight %head : f32[8, 4] = tied %emb
      param %temperature : f32[] = 1.0
      param %top_k : i32[] = 0.0
      param %top_p : f32[] = 0.9
      param %seed_lo : i32[] = 7.0
      param %seed_hi : i32[] = 0.0
      param %max_tokens : i32[] = 6.0
      sequence %prompt : i32[P]
      sequence %prompt_len : i32[]
      sequence %seq : i32[]
      state %kc : f32[4] append capacity 32
      state %h : f32[4] replace
      generate {
        step(%token : i32[], %pos : i32[], %kc.in : f32[pos, 4], %h.in : f32[4]) {
          %x = index[0] %emb, %token : f32[4]
          %half = const [0.5] : f32[]
          %quarter = mul %half, %half : f32[]
          %hist = reduce.sum[0] %kc.in : f32[4]
          %hs = mul %hist, %quarter : f32[4]
          %x0 = add %x, %hs : f32[4]
          %x1, %ys = scan[1] %x0, %wq (%c : f32[4], %w : f32[4, 4]) {
            %r = map %w (%row : f32[4] iter) {
              %p = mul %row, %c : f32[4]
              %d = reduce.sum[0] %p : f32[]
              yield %d
            } : f32[4]
            %t = tanh %r : f32[4]
            %k = add %t, %c : f32[4]
            yield %k, %r
          } : f32[4], f32[2, 4]
          %hn = add %x1, %h.in : f32[4]
          %hn2 = add %x1, %h.in : f32[4]
          %hd = mul %hn2, %half : f32[4]
          %logits = map %head, %hd (%hr : f32[4] iter, %hv : f32[4]) {
            %q = mul %hr, %hv : f32[4]
            %s = reduce.sum[0] %q : f32[]
            %s4 = mul %s, %quarter : f32[]
            yield %s4
          } : f32[8]
          %zero = const [0.0] : i32[]
          %one = const [1.0] : i32[]
          %two = const [2.0] : i32[]
          %three = const [3.0] : i32[]
          %one_b = const [1.0] : i32[]
          %pos1 = add %pos, %one : i32[]
          %inprompt = lt %pos1, %prompt_len : i32[]
          %last = sub %prompt_len, %one_b : i32[]
          %fi = minimum %pos1, %last : i32[]
          %forced = index[0] %prompt, %fi : i32[]
          %n = sub %pos1, %prompt_len : i32[]
          %tok = sample %logits, %temperature, %top_k, %top_p, %seed_lo, %seed_hi, %seq, %n : i32[]
          %next = select %inprompt, %forced, %tok : i32[]
          %eos = const [7.0] : i32[]
          %iseos = eq %tok, %eos : i32[]
          %n1 = add %n, %one : i32[]
          %done = ge %n1, %max_tokens : i32[]
          %s1 = select %done, %two, %one : i32[]
          %s2 = select %iseos, %three, %s1 : i32[]
          %status = select %inprompt, %zero, %s2 : i32[]
          %dead = exp %ys : f32[2, 4]
          %six = add %three, %three : i32[]
          yield %next, %status, %x, %hn
        }
      }
      """;
}
