package dev.fractalgen.backend.codegen;

/**
 * Bump allocation of the scratch bytes the memory plan leaves to the emitter: in the per-sequence
 * arena, after the planned grid values, staging copies and the values of nested bodies run by
 * the owner block; values of map bodies in the running thread's slot, or in the block's arena
 * when a whole block runs one iteration (each parallel phase starts both afresh).
 */
final class Allocator {
  enum Arena { SEQUENCE, SLOT, BLOCK }

  final Arena arena;
  private long used;

  Allocator(Arena arena) {
    this(arena, 0);
  }

  /** Allocating from byte {@code start} on (16-byte aligned). */
  Allocator(Arena arena, long start) {
    this.arena = arena;
    this.used = (start + 15) & ~15L;
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
