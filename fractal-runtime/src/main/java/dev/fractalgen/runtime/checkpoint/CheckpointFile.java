package dev.fractalgen.runtime.checkpoint;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An opened checkpoint file whose byte ranges come back as read-only little-endian buffers,
 * memory-mapped so that large weights are paged in lazily; every I/O failure surfaces as a
 * {@link CheckpointException}.
 */
final class CheckpointFile implements AutoCloseable {
    private static final long WHOLE_MAP_LIMIT = Integer.MAX_VALUE;

    private final Path path;
    private final FileChannel channel;
    private final long size;
    /** The whole file when it fits one buffer; larger files are mapped range by range. */
    private final MappedByteBuffer whole;

    private CheckpointFile(Path path, FileChannel channel, long size, MappedByteBuffer whole) {
        this.path = path;
        this.channel = channel;
        this.size = size;
        this.whole = whole;
    }

    /** Opens {@code path}, failing with CKPT_NOT_FOUND or CKPT_UNREADABLE. */
    static CheckpointFile open(Path path) throws CheckpointException {
        if (!Files.exists(path)) {
            throw CheckpointError.CKPT_NOT_FOUND.at(path);
        }
        if (!Files.isRegularFile(path)) {
            throw CheckpointError.CKPT_UNREADABLE.at(path, "not a regular file");
        }
        FileChannel ch = null;
        try {
            ch = FileChannel.open(path, StandardOpenOption.READ);
            long size = ch.size();
            MappedByteBuffer whole = size <= WHOLE_MAP_LIMIT
                    ? ch.map(FileChannel.MapMode.READ_ONLY, 0, size) : null;
            return new CheckpointFile(path, ch, size, whole);
        } catch (IOException | RuntimeException e) {
            closeQuietly(ch);
            throw CheckpointError.CKPT_UNREADABLE.at(path, e, describe(e));
        }
    }

    /** Returns the file's path. */
    Path path() {
        return path;
    }

    /** Returns the file's length in bytes. */
    long size() {
        return size;
    }

    /**
     * Returns bytes {@code [offset, offset + length)} as a read-only little-endian buffer; the
     * caller has checked the range lies inside the file.
     */
    ByteBuffer range(long offset, long length) throws CheckpointException {
        if (length > Integer.MAX_VALUE) {
            throw CheckpointError.CKPT_UNREADABLE.at(path,
                    "a tensor of " + length + " bytes exceeds the 2 GiB buffer limit");
        }
        if (offset < 0 || offset + length > size) {
            throw new IllegalArgumentException("range outside file: " + offset + "+" + length);
        }
        try {
            ByteBuffer b = whole != null
                    ? whole.slice((int) offset, (int) length)
                    : channel.map(FileChannel.MapMode.READ_ONLY, offset, length);
            return b.asReadOnlyBuffer().order(ByteOrder.LITTLE_ENDIAN);
        } catch (IOException | RuntimeException e) {
            throw CheckpointError.CKPT_UNREADABLE.at(path, e, describe(e));
        }
    }

    @Override
    public void close() {
        // Mappings stay valid after the channel closes (FileChannel.map contract).
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel ch) {
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException ignored) {
                // Nothing was written; a failed close of a read-only channel loses nothing.
            }
        }
    }

    private static String describe(Exception e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage());
    }
}
