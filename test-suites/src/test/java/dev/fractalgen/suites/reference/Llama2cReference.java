package dev.fractalgen.suites.reference;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Independent, test-only reference implementation of llama2.c's {@code run.c} (karpathy/llama2.c
 * at commit 350e04fe): checkpoint reader, {@code forward()} and the greedy {@code generate()} loop.
 *
 * <p>It deliberately uses no project classes, so it can serve as an oracle for the compiler's
 * output. All arithmetic is float32 in the same order as run.c (Java float arithmetic is strict
 * IEEE 754 and never fused, matching gcc on x86-64 without -ffast-math). The libm calls of run.c
 * (powf, cosf, sinf, expf, sqrtf) are emulated by the double-precision Math function rounded to
 * float. sqrt (and here powf) is exact that way; glibc's expf/cosf/sinf are not correctly rounded,
 * so they differ from this in the last bit for a small fraction of arguments. Consequence, measured
 * on stories260K over 512 positions: the logits are not bitwise equal to llama2.c's (max abs
 * difference 6.4e-5), while the greedy tokens are identical (smallest top-1/top-2 margin 7.3e-4).
 * With glibc's expf/cosf/sinf/powf substituted (via FFM, in a scratch experiment) every logit
 * matched llama2.c bit for bit, so the operation order below is exactly run.c's.
 */
public final class Llama2cReference {

    // Config header: seven int32 values, in run.c's Config struct order.
    public final int dim, hiddenDim, nLayers, nHeads, nKvHeads, vocabSize, seqLen;
    private final int headSize, kvDim, kvMul;

    // Weights, laid out exactly as in the file (row-major, stacked over layers).
    private final float[] tokenEmbedding, rmsAtt, wq, wk, wv, wo, rmsFfn, w1, w2, w3, rmsFinal, wcls;

    // Run state: activations and the KV cache of one sequence, [layer][pos][kvDim] flattened.
    private final float[] x, xb, xb2, hb, hb2, q, att, logits, keyCache, valueCache;

    public Llama2cReference(Path checkpoint) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(checkpoint)).order(ByteOrder.LITTLE_ENDIAN);
        dim = bytes.getInt();
        hiddenDim = bytes.getInt();
        nLayers = bytes.getInt();
        nHeads = bytes.getInt();
        nKvHeads = bytes.getInt();
        int rawVocab = bytes.getInt();
        seqLen = bytes.getInt();
        // A negative vocab_size signals an unshared classifier stored after the RoPE tables.
        boolean shared = rawVocab > 0;
        vocabSize = Math.abs(rawVocab);
        headSize = dim / nHeads;
        kvDim = dim * nKvHeads / nHeads;
        kvMul = nHeads / nKvHeads;

        FloatBuffer f = bytes.asFloatBuffer(); // starts right after the 28-byte header
        tokenEmbedding = take(f, vocabSize * dim);
        rmsAtt = take(f, nLayers * dim);
        wq = take(f, nLayers * dim * dim);
        wk = take(f, nLayers * kvDim * dim);
        wv = take(f, nLayers * kvDim * dim);
        wo = take(f, nLayers * dim * dim);
        rmsFfn = take(f, nLayers * dim);
        w1 = take(f, nLayers * hiddenDim * dim);
        w2 = take(f, nLayers * dim * hiddenDim);
        w3 = take(f, nLayers * hiddenDim * dim);
        rmsFinal = take(f, dim);
        f.position(f.position() + 2 * (seqLen * headSize / 2)); // skip legacy freq_cis_real/imag
        wcls = shared ? tokenEmbedding : take(f, vocabSize * dim);

        x = new float[dim];
        xb = new float[dim];
        xb2 = new float[dim];
        hb = new float[hiddenDim];
        hb2 = new float[hiddenDim];
        q = new float[dim];
        att = new float[nHeads * seqLen];
        logits = new float[vocabSize];
        keyCache = new float[nLayers * seqLen * kvDim];
        valueCache = new float[nLayers * seqLen * kvDim];
    }

    private static float[] take(FloatBuffer f, int n) {
        float[] a = new float[n];
        f.get(a);
        return a;
    }

    /** run.c rmsnorm: ss accumulated in float, eps 1e-5f added after the mean. o may alias x. */
    private static void rmsnorm(float[] o, float[] x, float[] w, int wOff, int size) {
        float ss = 0.0f;
        for (int j = 0; j < size; j++) ss += x[j] * x[j];
        ss /= size;
        ss += 1e-5f;
        ss = 1.0f / (float) Math.sqrt(ss); // sqrtf is correctly rounded, so this is exact
        for (int j = 0; j < size; j++) o[j] = w[wOff + j] * (ss * x[j]);
    }

    /** run.c softmax over x[off .. off+size): max subtraction, float sum, division. */
    private static void softmax(float[] x, int off, int size) {
        float max = x[off];
        for (int i = 1; i < size; i++) if (x[off + i] > max) max = x[off + i];
        float sum = 0.0f;
        for (int i = 0; i < size; i++) {
            x[off + i] = (float) Math.exp(x[off + i] - max);
            sum += x[off + i];
        }
        for (int i = 0; i < size; i++) x[off + i] /= sum;
    }

    /** run.c matmul: W (d,n) @ x (n,) -> out[outOff..+d), float accumulation over j in order. */
    private static void matmul(float[] out, int outOff, float[] x, float[] w, int wOff, int n, int d) {
        for (int i = 0; i < d; i++) {
            float val = 0.0f;
            for (int j = 0; j < n; j++) val += w[wOff + i * n + j] * x[j];
            out[outOff + i] = val;
        }
    }

    /** One step of run.c forward(): consumes token at pos, fills the KV cache, returns logits. */
    public float[] forward(int token, int pos) {
        System.arraycopy(tokenEmbedding, token * dim, x, 0, dim);
        for (int l = 0; l < nLayers; l++) {
            rmsnorm(xb, x, rmsAtt, l * dim, dim);
            int loff = l * seqLen * kvDim;
            int kOff = loff + pos * kvDim; // k and v are written straight into the cache
            matmul(q, 0, xb, wq, l * dim * dim, dim, dim);
            matmul(keyCache, kOff, xb, wk, l * dim * kvDim, dim, kvDim);
            matmul(valueCache, kOff, xb, wv, l * dim * kvDim, dim, kvDim);

            // RoPE on consecutive pairs (i, i+1); i % headSize is the even index within the head.
            for (int i = 0; i < dim; i += 2) {
                int headDim = i % headSize;
                float freq = 1.0f / (float) Math.pow(10000.0f, headDim / (float) headSize);
                float val = pos * freq;
                float fcr = (float) Math.cos(val);
                float fci = (float) Math.sin(val);
                rotate(q, i, fcr, fci);
                if (i < kvDim) rotate(keyCache, kOff + i, fcr, fci); // k only has kvDim entries
            }

            // Causal multi-head attention over positions 0..pos; query head h uses kv head h/kvMul.
            float scale = (float) Math.sqrt(headSize);
            for (int h = 0; h < nHeads; h++) {
                int qOff = h * headSize, aOff = h * seqLen, hkv = (h / kvMul) * headSize;
                for (int t = 0; t <= pos; t++) {
                    int k = loff + t * kvDim + hkv;
                    float score = 0.0f;
                    for (int i = 0; i < headSize; i++) score += q[qOff + i] * keyCache[k + i];
                    att[aOff + t] = score / scale; // run.c divides (score /= sqrtf(head_size))
                }
                softmax(att, aOff, pos + 1);
                for (int i = 0; i < headSize; i++) xb[qOff + i] = 0.0f;
                for (int t = 0; t <= pos; t++) { // t outer, i inner: same summation order as run.c
                    int v = loff + t * kvDim + hkv;
                    float a = att[aOff + t];
                    for (int i = 0; i < headSize; i++) xb[qOff + i] += a * valueCache[v + i];
                }
            }
            matmul(xb2, 0, xb, wo, l * dim * dim, dim, dim);
            for (int i = 0; i < dim; i++) x[i] += xb2[i];

            // SwiGLU FFN: w2(silu(w1 x) * w3 x), silu(v) = v * (1 / (1 + exp(-v))) as in run.c.
            rmsnorm(xb, x, rmsFfn, l * dim, dim);
            matmul(hb, 0, xb, w1, l * dim * hiddenDim, dim, hiddenDim);
            matmul(hb2, 0, xb, w3, l * dim * hiddenDim, dim, hiddenDim);
            for (int i = 0; i < hiddenDim; i++) {
                float val = hb[i];
                val *= (1.0f / (1.0f + (float) Math.exp(-val)));
                val *= hb2[i];
                hb[i] = val;
            }
            matmul(xb, 0, hb, w2, l * dim * hiddenDim, hiddenDim, dim);
            for (int i = 0; i < dim; i++) x[i] += xb[i];
        }
        rmsnorm(x, x, rmsFinal, 0, dim);
        matmul(logits, 0, x, wcls, 0, dim, vocabSize);
        return logits;
    }

    private static void rotate(float[] vec, int i, float fcr, float fci) {
        float v0 = vec[i], v1 = vec[i + 1];
        vec[i] = v0 * fcr - v1 * fci;
        vec[i + 1] = v0 * fci + v1 * fcr;
    }

    /** run.c sample_argmax: the first index holding the maximum (strict '>') wins. */
    static int argmax(float[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) if (v[i] > v[best]) best = i;
        return best;
    }

    /**
     * run.c generate() at temperature 0. {@code steps} is llama2.c's {@code -n}: the maximum number
     * of forward() calls (0 or more than seq_len means seq_len, as run.c's main() does). Returns
     * only the NEW (argmax-sampled) tokens, i.e. what llama2.c prints after the forced prompt
     * tokens; the terminating BOS (1), which llama2.c does not print, is not included.
     */
    public static List<Integer> generateGreedy(Path ckpt, int[] prompt, int steps) throws IOException {
        if (prompt.length < 1) throw new IllegalArgumentException("expected at least 1 prompt token");
        Llama2cReference m = new Llama2cReference(ckpt);
        if (steps <= 0 || steps > m.seqLen) steps = m.seqLen;
        List<Integer> generated = new ArrayList<>();
        int token = prompt[0];
        int pos = 0;
        while (pos < steps) {
            float[] logits = m.forward(token, pos);
            boolean forced = pos < prompt.length - 1; // still inside the prompt: force its next token
            int next = forced ? prompt[pos + 1] : argmax(logits);
            pos++;
            if (next == 1) break; // BOS delimits sequences
            if (!forced) generated.add(next);
            token = next;
        }
        return generated;
    }
}
