package dev.fractalgen.runtime.exec;

import static dev.fractalgen.runtime.kernel.KernelAbi.*;

import dev.fractalgen.runtime.bundle.Manifest;

/** A kernel's error words as one line: what went wrong, and where in the program (the manifest's error sites). */
final class KernelErrors {
  private KernelErrors() {}

  static String describe(Manifest m, int code, int detail) {
    String what = describeError(code);
    String site = switch (code) {
      case ERR_INDEX_RANGE, ERR_DIV_ZERO, ERR_EMPTY_REDUCE -> site(m, "node:" + detail);
      case ERR_STATE_FULL -> site(m, "state:" + detail);
      default -> null;
    };
    return site == null ? what + " (detail " + detail + ")" : what + " at " + site;
  }

  private static String site(Manifest m, String key) {
    return m.errorSites() == null ? null : m.errorSites().get(key);
  }
}
