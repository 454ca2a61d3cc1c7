package dev.fractalgen.runtime.checkpoint;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Binds a program's declared weights to the tensors of a checkpoint, checking shapes exactly and
 * widening F16/BF16 data to a declared F32; the result maps each declared name to its tensor,
 * in declaration order.
 *
 * <p>Each checkpoint tensor may feed only one declared weight; sharing must be spelled out with
 * a {@link WeightSource.Tied} source, whose result shares the target's bytes.
 */
public final class WeightBinder {
    private final Checkpoint checkpoint;
    /** Checkpoint tensor name to the declared weight that claimed it. */
    private final Map<String, String> claims = new HashMap<>();

    private WeightBinder(Checkpoint checkpoint) {
        this.checkpoint = checkpoint;
    }

    /**
     * Binds {@code specs} to {@code checkpoint}.
     *
     * @return declared name to tensor (named by the declared name), in {@code specs} order
     * @throws CheckpointException CKPT_MISSING_TENSOR (with similar available names),
     *     CKPT_SHAPE_MISMATCH, CKPT_DTYPE_MISMATCH or CKPT_DUPLICATE_BINDING
     * @throws IllegalArgumentException if the specs themselves are inconsistent: a repeated
     *     declared name, a tie to an undeclared weight, or a cycle of ties
     */
    public static Map<String, Tensor> bind(Checkpoint checkpoint, List<WeightSpec> specs)
            throws CheckpointException {
        return bind(checkpoint, specs, null);
    }

    /**
     * As {@link #bind(Checkpoint, List)}; a checkpoint tensor that no weight binds (a classifier of
     * its own under a tied program, a layer more than the program has) is CKPT_UNBOUND_TENSOR, or,
     * when {@code unbound} is given, handed to it (in checkpoint order) and left out.
     */
    public static Map<String, Tensor> bind(Checkpoint checkpoint, List<WeightSpec> specs,
            java.util.function.Consumer<List<String>> unbound) throws CheckpointException {
        Map<String, WeightSpec> byName = new LinkedHashMap<>();
        for (WeightSpec s : specs) {
            if (byName.putIfAbsent(s.name(), s) != null) {
                throw new IllegalArgumentException("weight '" + s.name() + "' is declared twice");
            }
        }
        WeightBinder binder = new WeightBinder(checkpoint);
        Map<String, Tensor> bound = new HashMap<>();
        for (WeightSpec s : specs) {
            if (!(s.source() instanceof WeightSource.Tied)) {
                bound.put(s.name(), binder.finite(s, binder.load(s)));
            }
        }
        for (WeightSpec s : specs) {
            if (s.source() instanceof WeightSource.Tied) {
                WeightSpec root = tieRoot(s, byName);
                bound.put(s.name(), binder.tie(s, root, bound.get(root.name())));
            }
        }
        List<String> left = checkpoint.names().stream().filter(n -> !binder.claims.containsKey(n)).toList();
        if (!left.isEmpty()) {
            if (unbound == null) {
                throw CheckpointError.CKPT_UNBOUND_TENSOR.at(checkpoint.source(), left.size(), listed(left));
            }
            unbound.accept(left);
        }
        Map<String, Tensor> ordered = new LinkedHashMap<>();
        specs.forEach(s -> ordered.put(s.name(), bound.get(s.name())));
        return ordered;
    }

    /** Tensor names for a message: the first eight, then "..." when there are more. */
    public static String listed(List<String> names) {
        return String.join(", ", names.subList(0, Math.min(8, names.size()))) + (names.size() > 8 ? ", ..." : "");
    }

    /** Follows ties from {@code spec} to the weight that actually loads data. */
    private static WeightSpec tieRoot(WeightSpec spec, Map<String, WeightSpec> byName) {
        Set<String> visited = new HashSet<>();
        WeightSpec cur = spec;
        while (cur.source() instanceof WeightSource.Tied t) {
            if (!visited.add(cur.name())) {
                throw new IllegalArgumentException(
                        "ties starting at '" + spec.name() + "' form a cycle");
            }
            WeightSpec next = byName.get(t.weight());
            if (next == null) {
                throw new IllegalArgumentException("weight '" + cur.name()
                        + "' is tied to undeclared weight '" + t.weight() + "'");
            }
            cur = next;
        }
        return cur;
    }

    private Tensor tie(WeightSpec spec, WeightSpec root, Tensor rootTensor)
            throws CheckpointException {
        if (!Arrays.equals(spec.shape(), root.shape())) {
            throw CheckpointError.CKPT_SHAPE_MISMATCH.at(checkpoint.source(), spec.name(),
                    Tensor.shapeString(spec.shape()), root.name(),
                    Tensor.shapeString(root.shape()));
        }
        if (spec.dtype() != root.dtype()) {
            throw CheckpointError.CKPT_DTYPE_MISMATCH.at(checkpoint.source(), spec.name(),
                    spec.dtype(), root.name(), root.dtype());
        }
        return rootTensor.withName(spec.name());
    }

    private Tensor load(WeightSpec spec) throws CheckpointException {
        if (spec.source() instanceof WeightSource.Named n) {
            return convert(spec, part(spec, n.tensor(), spec.shape())).withName(spec.name());
        }
        WeightSource.Stacked st = (WeightSource.Stacked) spec.source();
        long[] partShape = Arrays.copyOfRange(spec.shape(), 1, spec.shape().length);
        long total;
        try {
            total = Math.multiplyExact(Tensor.byteSize(spec.dtype(), partShape), (long) st.count());
            Math.toIntExact(total);
        } catch (ArithmeticException e) {
            throw CheckpointError.CKPT_UNREADABLE.at(checkpoint.source(),
                    "stacked weight '" + spec.name() + "' exceeds the 2 GiB buffer limit");
        }
        ByteBuffer out = ByteBuffer.allocate((int) total).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < st.count(); i++) {
            out.put(convert(spec, part(spec, st.part(i), partShape)).data());
        }
        return new Tensor(spec.name(), spec.dtype(), spec.shape(), out.flip());
    }

    /**
     * {@code t} when every element is finite: a NaN or an infinity in a weight spreads through
     * every later step (the logits become NaN and the sampler picks token 0 forever).
     */
    private Tensor finite(WeightSpec spec, Tensor t) throws CheckpointException {
        if (t.dtype() == DType.I32) return t;
        ByteBuffer b = t.data().duplicate().order(ByteOrder.LITTLE_ENDIAN);
        boolean wide = t.dtype() == DType.F32;
        // the exponent's bits: all ones for an infinity or a NaN
        int exponent = switch (t.dtype()) {
            case F32 -> 0x7f800000;
            case BF16 -> 0x7f80;
            default -> 0x7c00; // F16
        };
        for (long i = 0, n = t.elementCount(); i < n; i++) {
            int bits = wide ? b.getInt((int) (i * 4)) : b.getShort((int) (i * 2));
            if ((bits & exponent) == exponent) {
                String what = wide ? String.valueOf(Float.intBitsToFloat(bits)) : "a non-finite value";
                throw CheckpointError.CKPT_NON_FINITE.at(checkpoint.source(), spec.name(), what, i);
            }
        }
        return t;
    }

    /** Looks up {@code name}, claims it for {@code spec} and checks its shape. */
    private Tensor part(WeightSpec spec, String name, long[] expectedShape)
            throws CheckpointException {
        Tensor t = lookup(spec, name);
        String previous = claims.putIfAbsent(t.name(), spec.name());
        if (previous != null) {
            throw CheckpointError.CKPT_DUPLICATE_BINDING.at(checkpoint.source(), previous,
                    spec.name(), t.name());
        }
        if (!Arrays.equals(t.shape(), expectedShape)) {
            throw CheckpointError.CKPT_SHAPE_MISMATCH.at(checkpoint.source(), spec.name(),
                    Tensor.shapeString(expectedShape), name, t.shapeString());
        }
        return t;
    }

    /**
     * The tensor {@code name}, or else the one tensor named {@code PREFIX.name} with a PREFIX free of
     * dots: Hugging Face saves a
     * task model's tensors under its base model's name ({@code transformer.h.0.ln_1.weight} for a
     * GPT2LMHeadModel, where the GPT-2 release has {@code h.0.ln_1.weight}) and loads either form.
     */
    private Tensor lookup(WeightSpec spec, String name) throws CheckpointException {
        Optional<Tensor> exact = checkpoint.get(name);
        if (exact.isPresent()) {
            return exact.get();
        }
        // one dotted component in front, no more: "weight" must not match every "*.weight"
        List<String> prefixed = checkpoint.names().stream()
                .filter(n -> n.endsWith("." + name) && n.indexOf('.') == n.length() - name.length() - 1)
                .toList();
        if (prefixed.size() == 1) {
            return checkpoint.get(prefixed.get(0)).orElseThrow();
        }
        throw CheckpointError.CKPT_MISSING_TENSOR.at(checkpoint.source(), spec.name(), name,
                prefixed.isEmpty() ? NameHints.closest(name, checkpoint.names())
                        : String.join(", ", prefixed) + ", more than one ending in '." + name + "'");
    }

    /** Returns {@code t} in the declared type: unchanged, or F16/BF16 widened to F32. */
    private Tensor convert(WeightSpec spec, Tensor t) throws CheckpointException {
        if (t.dtype() == spec.dtype()) {
            return t;
        }
        boolean widening = spec.dtype() == DType.F32
                && (t.dtype() == DType.F16 || t.dtype() == DType.BF16);
        if (!widening) {
            throw CheckpointError.CKPT_DTYPE_MISMATCH.at(checkpoint.source(), spec.name(),
                    spec.dtype(), t.name(), t.dtype());
        }
        return Tensor.ofFloats(t.name(), DType.F32, t.shape(), t.toFloats());
    }
}
