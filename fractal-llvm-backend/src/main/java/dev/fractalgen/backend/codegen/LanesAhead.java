package dev.fractalgen.backend.codegen;

import dev.fractalgen.backend.llvm.Ir;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * A node's elements i in [0, n) on the scope's lanes (lane, lane + lanes, ...), computed a group
 * of {@link #GROUP} at a time before any of them is stored. A load issued after a store to an
 * address the GPU cannot tell apart waits for nothing, but the store waits for its value, so an
 * element-by-element loop pays a memory round trip per element (a head's 64 rotated values on
 * one thread: 20 us); a group's loads are in flight together. Computing ahead is sound because a
 * node never writes storage it reads: the memory plan gives its output bytes no value live at it.
 */
final class LanesAhead {
  /** Elements a lane computes before storing them. */
  static final int GROUP = 8;

  private LanesAhead() {
  }

  /** store(i, value(i)) for the scope's share of i in [0, n), values computed a group ahead. */
  static void store(Ir ir, Scope s, LLVMValueRef n, UnaryOperator<LLVMValueRef> value, BiConsumer<LLVMValueRef, LLVMValueRef> store) {
    LLVMValueRef lanes = s.lanes();
    ir.loop(s.lane(), n, ir.mul(lanes, ir.c64(GROUP)), first -> {
      LLVMValueRef[] at = new LLVMValueRef[GROUP], ok = new LLVMValueRef[GROUP], v = new LLVMValueRef[GROUP];
      for (int g = 0; g < GROUP; g++) {
        at[g] = ir.add(first, ir.mul(lanes, ir.c64(g)));
        // past the end a lane computes the last element again (in bounds) and stores nothing
        ok[g] = g == 0 ? null : ir.slt(at[g], n);
        v[g] = value.apply(g == 0 ? at[g] : ir.select(ok[g], at[g], ir.sub(n, ir.c64(1))));
      }
      for (int g = 0; g < GROUP; g++) {
        int k = g;
        if (ok[k] == null) store.accept(at[k], v[k]);
        else ir.ifThen(ok[k], () -> store.accept(at[k], v[k]));
      }
    });
  }
}
