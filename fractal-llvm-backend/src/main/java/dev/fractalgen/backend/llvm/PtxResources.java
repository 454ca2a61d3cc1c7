package dev.fractalgen.backend.llvm;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What ptxas reports of a kernel's use of the GPU ({@code ptxas -v}): registers a thread, the
 * stack frame, and the bytes spilled to local memory for want of registers (each spill is a memory
 * round trip inside the loop). -1 where the report says nothing of it.
 */
public record PtxResources(int registers, long stackBytes, long spillStoreBytes, long spillLoadBytes, String report) {
  private static final Pattern REGISTERS = Pattern.compile("Used (\\d+) registers");
  private static final Pattern STACK = Pattern.compile("(\\d+) bytes stack frame");
  private static final Pattern STORES = Pattern.compile("(\\d+) bytes spill stores");
  private static final Pattern LOADS = Pattern.compile("(\\d+) bytes spill loads");

  /** The resources of ptxas's {@code -v} output (its "ptxas info" lines are kept as the report). */
  public static PtxResources parse(String output) {
    StringBuilder report = new StringBuilder();
    for (String l : output.lines().toList()) {
      // its own compile time would make two compiles of one program differ
      if ((l.startsWith("ptxas info") && !l.contains("Compile time")) || l.startsWith("    ")) report.append(l.strip()).append('\n');
    }
    return new PtxResources((int) first(REGISTERS, output), first(STACK, output), first(STORES, output), first(LOADS, output),
        report.toString());
  }

  private static long first(Pattern p, String s) {
    Matcher m = p.matcher(s);
    return m.find() ? Long.parseLong(m.group(1)) : -1;
  }

  /** One line for a summary: "128 registers a thread, 408 bytes spilled (stores), 736 (loads), 360-byte stack". */
  public String summary() {
    return registers + " registers a thread, " + spillStoreBytes + " bytes of spill stores, " + spillLoadBytes
        + " of spill loads, a " + stackBytes + "-byte stack frame";
  }
}
