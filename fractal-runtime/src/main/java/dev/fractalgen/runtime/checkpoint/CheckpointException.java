package dev.fractalgen.runtime.checkpoint;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Any failure to read or bind a checkpoint; its message is always the single line
 * {@code "<path>: <message> [<CODE>]"}.
 */
public final class CheckpointException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path path;
    private final CheckpointError error;
    private final String detail;

    /**
     * Creates an exception; prefer {@link CheckpointError#at(Path, Object...)}, which formats the
     * message from the code's template.
     */
    public CheckpointException(Path path, CheckpointError error, String detail, Throwable cause) {
        super(cause);
        this.path = Objects.requireNonNull(path, "path");
        this.error = Objects.requireNonNull(error, "error");
        this.detail = oneLine(Objects.requireNonNull(detail, "detail"));
    }

    /** Returns the checkpoint file the failure concerns. */
    public Path path() {
        return path;
    }

    /** Returns the error kind. */
    public CheckpointError error() {
        return error;
    }

    /** Returns the stable code string, e.g. {@code "CKPT_TRUNCATED"}. */
    public String code() {
        return error.code();
    }

    /** Returns the human message without path or code. */
    public String detail() {
        return detail;
    }

    @Override
    public String getMessage() {
        return path + ": " + detail + " [" + error.code() + "]";
    }

    /** Escapes control characters: names read from a file must not break the one-line promise. */
    private static String oneLine(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c)) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
