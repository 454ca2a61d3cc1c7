package dev.fractalgen.runtime.checkpoint;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A read-only set of uniquely named tensors read from one file, in file order, with the integer
 * hyper-parameters the format carries.
 */
public final class Checkpoint {
    private final Path source;
    private final Map<String, Tensor> tensors;
    private final Map<String, Long> metadata;
    private final Map<String, String> textMetadata;

    /**
     * Creates a checkpoint; {@code tensors} keep their list order, {@code metadata} and
     * {@code textMetadata} their iteration order.
     *
     * @throws IllegalArgumentException if two tensors share a name
     */
    public Checkpoint(Path source, List<Tensor> tensors, Map<String, Long> metadata,
            Map<String, String> textMetadata) {
        this.source = Objects.requireNonNull(source, "source");
        Map<String, Tensor> byName = new LinkedHashMap<>();
        for (Tensor t : tensors) {
            if (byName.putIfAbsent(t.name(), t) != null) {
                throw new IllegalArgumentException("duplicate tensor name '" + t.name() + "'");
            }
        }
        this.tensors = Collections.unmodifiableMap(byName);
        this.metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
        this.textMetadata = Collections.unmodifiableMap(new LinkedHashMap<>(textMetadata));
    }

    /** Returns the file this checkpoint was read from. */
    public Path source() {
        return source;
    }

    /** Returns the tensor called {@code name}, or empty. */
    public Optional<Tensor> get(String name) {
        return Optional.ofNullable(tensors.get(name));
    }

    /** Returns the tensor names in file order. */
    public List<String> names() {
        return List.copyOf(tensors.keySet());
    }

    /** Returns the tensors in file order. */
    public List<Tensor> tensors() {
        return new ArrayList<>(tensors.values());
    }

    /** Returns the number of tensors. */
    public int size() {
        return tensors.size();
    }

    /**
     * Returns the integer hyper-parameters: the llama2.c header fields, or those safetensors
     * {@code __metadata__} values that parse as a decimal long.
     */
    public Map<String, Long> metadata() {
        return metadata;
    }

    /** Returns the format's free-form string metadata (safetensors {@code __metadata__}). */
    public Map<String, String> textMetadata() {
        return textMetadata;
    }
}
