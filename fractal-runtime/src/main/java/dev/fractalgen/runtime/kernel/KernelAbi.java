package dev.fractalgen.runtime.kernel;

/**
 * The contract between a compiled generate kernel and the executors that launch it. The kernel
 * takes one pointer: a table of {@link #SLOTS} 64-bit words (addresses and sizes), laid out by the
 * constants below. Every buffer is zero-filled by the executor before launch except where noted.
 * Every buffer starts at a multiple of {@link #BUFFER_ALIGN} bytes (the weights at
 * {@link #WEIGHTS_ALIGN}), and every stride is a multiple of {@link #STRIDE_ALIGN}: kernels rely
 * on it to load aligned vectors.
 */
public final class KernelAbi {
  private KernelAbi() {
  }

  /** Name of the kernel entry in every target's code. */
  public static final String ENTRY = "fractal_generate";

  public static final long BUFFER_ALIGN = 64;
  public static final long WEIGHTS_ALIGN = 256;
  public static final long STRIDE_ALIGN = 16;

  // ---- table slots ----
  /** Weights blob (read-only), laid out as the bundle's weight list says. */
  public static final int WEIGHTS = 0;
  /** One 4-byte scalar per PARAM buffer, in the bundle's param order (f32 or i32 bits). */
  public static final int PARAMS = 1;
  /** i32[batch][maxPrompt]: the prompts. */
  public static final int PROMPTS = 2;
  /** i32[batch]: prompt lengths. */
  public static final int PROMPT_LENS = 3;
  /** i32[batch]: the index of each sequence in the batch. */
  public static final int SEQ_IDS = 4;
  /** Per-sequence state storage, {@link #STATE_STRIDE} bytes each. */
  public static final int STATES = 5;
  /** Per-sequence scratch for grid-level values, {@link #SEQ_STRIDE} bytes each. */
  public static final int SEQ_ARENA = 6;
  /** Per-thread scratch for map bodies (see the bundle's slot requirement). */
  public static final int SLOT_ARENA = 7;
  /** i32[batch][OUT_CAPACITY]: emitted tokens, streamed. */
  public static final int OUT_TOKENS = 8;
  /** i32[batch]: tokens emitted so far; each written with release order after its token. */
  public static final int OUT_COUNTS = 9;
  /** i32[batch]: the stop reason, see STOP_*. */
  public static final int OUT_STATUS = 10;
  /** {@link #CONTROL_BYTES} per sequence: token, done, pos, next token, next done, steps. */
  public static final int CONTROL = 11;
  /**
   * i32 words: barrier count (arrivals since launch), a spare, error code, error detail, abort request; from
   * word {@link #SYNC_COUNTERS} on, one word per dataflow counter of the kernel (the manifest's grid
   * says how many), counting the blocks' arrivals since launch.
   */
  public static final int SYNC = 12;
  public static final int BATCH = 13;
  public static final int NBLOCKS = 14;
  public static final int BLOCK_THREADS = 15;
  public static final int SEQ_STRIDE = 16;
  public static final int STATE_STRIDE = 17;
  public static final int OUT_CAPACITY = 18;
  /** The step count after which the kernel stops with {@link #ERR_STEP_LIMIT}. */
  public static final int MAX_STEPS = 19;
  public static final int MAX_PROMPT = 20;
  /** Bytes of map-body scratch per thread slot; thread t uses slot t. */
  public static final int SLOT_STRIDE = 21;
  /** u64 per profile point (kernels compiled with profiling only): time spent in the segment ending there. */
  public static final int PROFILE = 22;
  /** Per-block scratch for map bodies run by a whole block, {@link #BLOCK_STRIDE} bytes per block. */
  public static final int BLOCK_ARENA = 23;
  public static final int BLOCK_STRIDE = 24;
  public static final int SLOTS = 25;

  // ---- control block (i32 fields) ----
  public static final int CONTROL_BYTES = 32;
  public static final int CTL_TOKEN = 0;
  public static final int CTL_DONE = 1;
  public static final int CTL_POS = 2;
  public static final int CTL_NEXT_TOKEN = 3;
  public static final int CTL_NEXT_DONE = 4;
  public static final int CTL_STEPS = 5;

  // ---- sync words ----
  public static final int SYNC_BYTES = 64;
  public static final int SYNC_COUNT = 0;
  public static final int SYNC_ERROR = 2;
  public static final int SYNC_ERROR_DETAIL = 3;
  public static final int SYNC_ABORT = 4;
  /** The first dataflow counter's word; the fixed words end before it. */
  public static final int SYNC_COUNTERS = SYNC_BYTES / 4;

  // ---- stop reasons (OUT_STATUS) ----
  public static final int STOP_RUNNING = 0;
  public static final int STOP_MAX_TOKENS = 1;
  public static final int STOP_EOS = 2;

  // ---- error codes (SYNC_ERROR); the detail word names the node or state ----
  public static final int ERR_INDEX_RANGE = 1;
  public static final int ERR_DIV_ZERO = 2;
  public static final int ERR_STATE_FULL = 3;
  public static final int ERR_BAD_STATUS = 4;
  public static final int ERR_STEP_LIMIT = 5;
  public static final int ERR_ABORTED = 6;
  public static final int ERR_EMPTY_REDUCE = 7;

  /** A readable description of an error code. */
  public static String describeError(int code) {
    return switch (code) {
      case ERR_INDEX_RANGE -> "an index or slice was out of range";
      case ERR_DIV_ZERO -> "i32 division by zero";
      case ERR_STATE_FULL -> "an APPEND state is full";
      case ERR_BAD_STATUS -> "the step returned a status other than 0..3";
      case ERR_STEP_LIMIT -> "the loop ran past its step limit without every sequence stopping";
      case ERR_ABORTED -> "aborted by the host (watchdog or cancel)";
      case ERR_EMPTY_REDUCE -> "max/min/argmax of an empty axis";
      default -> "error code " + code;
    };
  }
}
