package dev.fractalgen.runtime.checkpoint;

import java.nio.file.Path;

/**
 * The stable error codes of checkpoint loading; each constant's {@link #name()} is the code that
 * tools and tests match on, and its template is the one-line human message.
 */
public enum CheckpointError {
    /** The path names no file. Arguments: none. */
    CKPT_NOT_FOUND("no such file"),
    /** The file exists but cannot be read. Arguments: the reason. */
    CKPT_UNREADABLE("cannot read file: %s"),
    /** The file ends early. Arguments: expected byte count, present byte count. */
    CKPT_TRUNCATED("file is truncated: expected %d bytes but only %d are present"),
    /** The header is corrupt or describes an impossible layout. Arguments: what is wrong. */
    CKPT_BAD_HEADER("invalid header: %s"),
    /** A declared weight names an absent tensor. Arguments: weight, tensor, available names. */
    CKPT_MISSING_TENSOR(
            "weight '%s' needs tensor '%s', which the checkpoint lacks (available: %s)"),
    /** Shapes differ. Arguments: weight, expected shape, tensor, actual shape. */
    CKPT_SHAPE_MISMATCH("weight '%s' expects shape %s but '%s' has shape %s"),
    /** Element types are incompatible. Arguments: weight, declared type, tensor, actual type. */
    CKPT_DTYPE_MISMATCH(
            "weight '%s' is declared %s but '%s' holds %s, which cannot be widened to it"),
    /** Two untied weights bind one tensor. Arguments: first weight, second weight, tensor. */
    CKPT_DUPLICATE_BINDING(
            "weights '%s' and '%s' both bind tensor '%s' without being declared tied"),
    /** The file is in no supported format. Arguments: what was seen. */
    CKPT_UNKNOWN_FORMAT("not a safetensors or llama2.c checkpoint: %s"),
    /** The header and the program's config disagree. Arguments: field, header value, program value, advice. */
    CKPT_CONFIG_MISMATCH("the checkpoint's header has %s = %d but the program's config has %d (%s)"),
    /** A weight holds NaN or an infinity. Arguments: weight, the value, element index. */
    CKPT_NON_FINITE("weight '%s' holds %s at element %d; a model's weights must be finite"),
    /** Tensors no weight binds. Arguments: how many, their names. */
    CKPT_UNBOUND_TENSOR("%d of the checkpoint's tensors are bound by no weight of the program, so the program would run "
            + "without them: %s (--allow-unbound-tensors runs anyway)");

    private final String template;

    CheckpointError(String template) {
        this.template = template;
    }

    /** Returns the stable code string, identical to {@link #name()}. */
    public String code() {
        return name();
    }

    /** Returns the human message with {@code args} substituted into this code's template. */
    public String format(Object... args) {
        return String.format(java.util.Locale.ROOT, template, args);
    }

    /** Returns an exception for {@code path} with this code and the formatted message. */
    public CheckpointException at(Path path, Object... args) {
        return new CheckpointException(path, this, format(args), null);
    }

    /** Like {@link #at(Path, Object...)} but keeps {@code cause} for debugging. */
    public CheckpointException at(Path path, Throwable cause, Object... args) {
        return new CheckpointException(path, this, format(args), cause);
    }
}
