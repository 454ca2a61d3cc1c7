package dev.fractalgen.suites.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.fractalgen.runtime.bundle.Bundle;

/** A bundle's manifest.json on arbitrary text: it opens, or is refused with one BundleException line. */
class ManifestFuzzTest {
  @FuzzTest(maxDuration = "5s")
  void manifest(FuzzedDataProvider data) {
    java.nio.file.Path m = FuzzFiles.write("manifest.json", data.consumeRemainingAsBytes());
    try {
      Bundle.open(m.getParent());
    } catch (Bundle.BundleException e) {
      FuzzFiles.assertOneLine(e.getMessage());
    }
  }
}
