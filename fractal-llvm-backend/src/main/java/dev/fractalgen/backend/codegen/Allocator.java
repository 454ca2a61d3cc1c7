package dev.fractalgen.backend.codegen;

/**
 * Bump allocation of scratch bytes: values of a grid region live in the per-sequence arena, values
 * of map bodies in the running thread's slot, or in the block's arena when a whole block runs one
 * iteration. Nothing is reused yet; a later memory-planning pass
 * may overlap values whose lifetimes do not meet.
 */
final class Allocator {
  enum Arena { SEQUENCE, SLOT, BLOCK }

  final Arena arena;
  private long used;

  Allocator(Arena arena) {
    this.arena = arena;
  }

  /** The offset of {@code bytes} new bytes, 16-byte aligned. */
  long allocate(long bytes) {
    long at = used;
    used += (bytes + 15) & ~15L;
    return at;
  }

  long used() {
    return used;
  }
}
