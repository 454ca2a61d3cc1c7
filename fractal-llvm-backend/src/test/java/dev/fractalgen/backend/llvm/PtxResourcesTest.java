package dev.fractalgen.backend.llvm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PtxResourcesTest {
  /** ptxas 13's -v output for a kernel of the llama2c program (sm_90). */
  private static final String OUTPUT = """
      ptxas info    : 0 bytes gmem
      ptxas info    : Compiling entry function 'fractal_generate' for 'sm_90'
      ptxas info    : Function properties for fractal_generate
          376 bytes stack frame, 380 bytes spill stores, 752 bytes spill loads
      ptxas info    : Used 128 registers, used 1 barriers, 376 bytes cumulative stack size
      ptxas info    : Compile time = 2296.509 ms
      """;

  @Test
  void registersSpillsAndStackAreReadOffTheReport() {
    PtxResources r = PtxResources.parse(OUTPUT);
    assertEquals(128, r.registers());
    assertEquals(376, r.stackBytes());
    assertEquals(380, r.spillStoreBytes());
    assertEquals(752, r.spillLoadBytes());
    assertEquals("128 registers a thread, 380 bytes of spill stores, 752 of spill loads, a 376-byte stack frame", r.summary());
    // the report leaves out ptxas's own time, which would make two compiles of one program differ
    assertEquals("""
        ptxas info    : 0 bytes gmem
        ptxas info    : Compiling entry function 'fractal_generate' for 'sm_90'
        ptxas info    : Function properties for fractal_generate
        376 bytes stack frame, 380 bytes spill stores, 752 bytes spill loads
        ptxas info    : Used 128 registers, used 1 barriers, 376 bytes cumulative stack size
        """, r.report());
  }

  @Test
  void whatTheReportDoesNotSayIsMinusOne() {
    PtxResources r = PtxResources.parse("ptxas info    : Used 40 registers\n");
    assertEquals(40, r.registers());
    assertEquals(-1, r.spillStoreBytes());
    assertEquals(-1, r.stackBytes());
  }
}
