package dev.fractalgen.runtime.checkpoint;

import java.util.Map;
import java.util.Set;

/**
 * A checkpoint's header against the program it is run with: every shape field the program's config
 * also states (dim, hidden_dim, n_layers, n_heads, n_kv_heads, vocab_size) must be equal, and the
 * program may use no more positions (seq_len) than the model was made for; fewer are fine (a
 * smaller KV cache). Fields the program does not state, and headers without fields
 * (safetensors), are not compared: the tensors' shapes are checked when they bind.
 */
public final class ConfigAgreement {
    private static final Set<String> EQUAL = Set.of("dim", "hidden_dim", "n_layers", "n_heads", "n_kv_heads", "vocab_size");

    private ConfigAgreement() {
    }

    /** @throws CheckpointException CKPT_CONFIG_MISMATCH naming the field and both values */
    public static void check(Checkpoint checkpoint, Map<String, String> config) throws CheckpointException {
        for (Map.Entry<String, Long> e : checkpoint.metadata().entrySet()) {
            String field = e.getKey();
            String stated = config.get(field);
            if (stated == null || !(EQUAL.contains(field) || field.equals("seq_len"))) continue;
            long program;
            try {
                program = Long.parseLong(stated.strip());
            } catch (NumberFormatException notAnInteger) {
                continue;
            }
            long header = e.getValue();
            if (EQUAL.contains(field) && program != header) {
                throw CheckpointError.CKPT_CONFIG_MISMATCH.at(checkpoint.source(), field, header, program,
                        "run the program with --config " + field + "=" + header);
            }
            if (field.equals("seq_len") && program > header) {
                throw CheckpointError.CKPT_CONFIG_MISMATCH.at(checkpoint.source(), field, header, program,
                        "the model was made for " + header + " positions; --config seq_len=" + header + " or fewer");
            }
        }
    }
}
