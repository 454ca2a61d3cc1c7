package dev.fractalgen.suites.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fractalgen.suites.Repo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input gives one line on standard error and exit status 2 (program errors: status 1), never a stack trace. */
class CliErrorsTest {
  @TempDir Path tmp;

  private static Cli run(String... extra) {
    List<String> args = new ArrayList<>(List.of("run", Cli.model("llama2c.fractal"), "--weights",
        Repo.stories260K().toString()));
    args.addAll(List.of(extra));
    return Cli.run(args.toArray(String[]::new));
  }

  private static void assertBadInput(Cli r, String fragment) {
    assertEquals(2, r.status(), r.out() + r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().contains(fragment), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  @Test
  void invalidSamplingValuesAndPrompts() {
    assertBadInput(run("--prompt-ids", "1", "--temperature", "-1"), "--temperature");
    assertBadInput(run("--prompt-ids", "1", "--top-p", "0"), "--top-p");
    assertBadInput(run("--prompt-ids", "1", "--top-p", "1.5"), "--top-p");
    assertBadInput(run("--prompt-ids", "1", "--top-k", "-3"), "--top-k");
    assertBadInput(run("--prompt-ids", "1,512"), "outside the vocabulary");
    assertBadInput(run("--prompt-ids", "1,x"), "--prompt-ids");
    assertBadInput(run("--prompt-ids", "1", "--max-tokens", "513"), "capacity");
    assertBadInput(run("--prompt-ids", "1", "--bogus"), "bogus");
    assertBadInput(run("--prompt-ids", "1", "--threads", "-1"), "--threads");
    assertBadInput(run("--prompt-ids", "1", "--backend", "gpu"), "backend");
    assertBadInput(run("--prompt-ids", "1", "--logits"), "--logits needs --output json or jsonl");
    assertBadInput(run("--prompt-ids", "1", "--logits", "--output", "ids"), "--logits needs --output json or jsonl");
    if (!dev.fractalgen.runtime.exec.CudaExecutor.available()) {
      assertBadInput(run("--prompt-ids", "1", "--backend", "cuda"), "no CUDA device");
    }
  }

  @Test
  void checkpointTensorsNoWeightBindsAreAnErrorUnlessAllowed() throws Exception {
    // stories260K with a classifier of its own (llama2.c marks it by a negative vocab_size), run by
    // the program whose classifier is tied to the embedding: the file's wcls would be ignored
    byte[] file = Files.readAllBytes(Repo.stories260K());
    java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(file).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    int vocab = b.getInt(20), dim = b.getInt(0);
    b.putInt(20, -vocab);
    byte[] withCls = java.util.Arrays.copyOf(file, file.length + vocab * dim * 4);
    System.arraycopy(file, 28, withCls, file.length, vocab * dim * 4); // the embedding's values
    Path ckpt = tmp.resolve("own-classifier.bin");
    Files.write(ckpt, withCls);
    Files.copy(Repo.stories260K().resolveSibling("tok512.bin"), tmp.resolve("tok512.bin"));
    for (String backend : List.of("host", "reference")) {
      Cli r = Cli.run("run", Cli.model("llama2c.fractal"), "--weights", ckpt.toString(), "--prompt-ids", "1", "-n", "4",
          "--temperature", "0", "--backend", backend);
      assertBadInput(r, "1 of the checkpoint's tensors are bound by no weight of the program, so the program would run without them: wcls");
      Cli allowed = Cli.run("run", Cli.model("llama2c.fractal"), "--weights", ckpt.toString(), "--prompt-ids", "1", "-n", "4",
          "--temperature", "0", "--backend", backend, "--allow-unbound-tensors", "-q");
      assertEquals(0, allowed.status(), allowed.err());
      assertEquals("fractal: warning: running without 1 tensor of the checkpoint that no weight binds: wcls", allowed.err().strip());
    }
  }

  @Test
  void anEosIdOutsideTheConfiguredVocabularyIsALocatedWarningAndTheProgramCompiles() {
    // llama3's eos ids are Llama-3's (128001, 128008, 128009); configured to 256 tokens, none can end a sequence
    Cli r = Cli.run("compile", Cli.model("llama3.fractal"), "--config", "vocab_size=256", "--config", "dim=64", "--config", "n_layers=1",
        "--config", "n_heads=4", "--config", "n_kv_heads=2", "--config", "hidden_dim=128", "--target", "host",
        "-o", tmp.resolve("b").toString());
    assertEquals(0, r.status(), r.err());
    List<String> warnings = r.err().lines().filter(l -> l.contains(": warning: ")).toList();
    assertEquals(3, warnings.size(), r.err());
    for (String id : List.of("128001", "128008", "128009")) {
      assertTrue(warnings.stream().anyMatch(w -> w.matches(".*llama3\\.fractal:\\d+:\\d+: warning: eos id " + id
          + " is outside the vocabulary of 256 tokens: it never ends a sequence \\[eos-outside-vocabulary]")), r.err());
    }
  }

  @Test
  void optionsThatWouldRunAwayOrOnlyMisnameAConfigAreBadInput() {
    int cores = Runtime.getRuntime().availableProcessors();
    assertBadInput(run("--prompt-ids", "1", "--threads", String.valueOf(cores + 1)), "is more than the " + cores + " processors");
    assertBadInput(run("--prompt-ids", "1", "--config", "nosuch=3"), "--config: no config value named 'nosuch'");
    assertBadInput(run("--prompt-ids", "1", "--config", "dim=abc"), "--config: config 'dim'");
    // every buffer size is exact: one past 2^63 bytes is refused before anything is allocated
    assertBadInput(run("--prompt-ids", "1", "--config", "dim=1000000000"), "too large to lay out");
  }

  @Test
  void outputsNeverReplaceTheInputOrAFile() throws Exception {
    Path program = tmp.resolve("prog.fractal");
    Files.copy(Path.of(Cli.model("llama2c.fractal")), program);
    String before = Files.readString(program);
    assertBadInput(Cli.run("lower", program.toString(), "-o", program.toString()), "is the input program");
    assertEquals(before, Files.readString(program));
    Path file = Files.writeString(tmp.resolve("afile"), "keep");
    assertBadInput(Cli.run("compile", program.toString(), "-o", file.toString()), "exists and is not a folder");
    assertEquals("keep", Files.readString(file));
  }

  @Test
  void aProgramFileMustBeSmallUtf8TextNotAFolder() throws Exception {
    assertBadInput(Cli.run("check", tmp.toString()), tmp + " is a folder, not a program file");
    Path binary = Files.write(tmp.resolve("binary.fractal"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
    assertBadInput(Cli.run("check", binary.toString()), binary + ": a program is UTF-8 text, and this file is not");
    // sparse: its size is refused before a byte of it is read
    Path big = tmp.resolve("big.fractal");
    try (var f = new java.io.RandomAccessFile(big.toFile(), "rw")) {
      f.setLength((16L << 20) + 1);
    }
    assertBadInput(Cli.run("check", big.toString()), big + ": a program of more than 16 MiB is not a model program");
    assertBadInput(Cli.run("run", binary.toString(), "--weights", Repo.stories260K().toString(), "--prompt-ids", "1"), "is not");
  }

  @Test
  void aMissingCheckpointIsNamedBeforeItsTokenizerIsLookedFor() {
    Path missing = tmp.resolve("missing.bin");
    assertBadInput(Cli.run("run", Cli.model("llama2c.fractal"), "--weights", missing.toString(), "-p", "Once"), missing + ": no such file [CKPT_NOT_FOUND]");
  }

  @Test
  void outputsThatCannotBeWrittenAreNamedWithTheReason() {
    // /proc takes no new files, not even from root (whom permissions would not stop)
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self")), "a Linux /proc");
    String program = Cli.model("llama2c.fractal");
    assertBadInput(Cli.run("compile", program, "-o", "/proc/fractal-none/bundle", "--target", "host"),
        "/proc/fractal-none/bundle cannot be created: no such file or folder");
    assertBadInput(Cli.run("lower", program, "-o", "/proc/fractal-none.etdg"), "cannot write /proc/fractal-none.etdg: no such file or folder");
    assertBadInput(Cli.run("compile", program, "-o", tmp.resolve("b").toString(), "--target", "host", "--dump-after", "all",
        "--dump-dir", "/proc/fractal-none"), "cannot create --dump-dir /proc/fractal-none: no such file or folder");
    assertBadInput(Cli.run("compile", program, "-o", tmp.resolve("b").toString(), "--target", "host", "--schedule",
        tmp.resolve("none.schedule").toString()), "cannot read the schedule " + tmp.resolve("none.schedule") + ": no such file or folder");
    assertFalse(Files.exists(tmp.resolve("b")), "no bundle from a refused compile");
    assertBadInput(Cli.run("conformance-pack", "/proc/fractal-none"), "conformance-pack: /proc/fractal-none: no such file or folder");
  }

  @Test
  void aBundleIsReplacedWholeWithoutFollowingLinks() throws Exception {
    Path bundle = tmp.resolve("bundle");
    assertEquals(0, Cli.run("compile", Cli.model("llama2c.fractal"), "-o", bundle.toString(), "--target", "host,sm_90").status());
    assertTrue(Files.exists(bundle.resolve("kernel.sm_90.ptx")));
    Path outside = Files.writeString(tmp.resolve("outside.txt"), "keep");
    Files.createSymbolicLink(bundle.resolve("planted"), outside);
    Cli again = Cli.run("compile", Cli.model("llama2c.fractal"), "-o", bundle.toString(), "--target", "host");
    assertEquals(0, again.status(), again.err());
    // the earlier build's PTX and the planted link are gone; the link's target is untouched
    assertFalse(Files.exists(bundle.resolve("kernel.sm_90.ptx")));
    assertFalse(Files.exists(bundle.resolve("planted"), java.nio.file.LinkOption.NOFOLLOW_LINKS));
    assertEquals("keep", Files.readString(outside));
    try (var left = Files.list(tmp)) {
      assertEquals(List.of("bundle", "outside.txt"), left.map(p -> p.getFileName().toString()).sorted().toList(), "no staging folder is left");
    }
    Path data = Files.createDirectories(tmp.resolve("data"));
    Files.writeString(data.resolve("notes.txt"), "mine");
    assertBadInput(Cli.run("compile", Cli.model("llama2c.fractal"), "-o", data.toString()), "holds no bundle");
    assertEquals("mine", Files.readString(data.resolve("notes.txt")));
  }

  @Test
  void theReferenceBackendStopsAtItsTimeout() {
    // 256 tokens take the interpreter several seconds; the run is stopped after one, at its next token
    long t0 = System.nanoTime();
    Cli r = run("--prompt", "Once upon a time", "--temperature", "0", "-n", "256", "--backend", "reference", "--timeout", "1", "-q");
    assertEquals(3, r.status(), r.err());
    assertTrue(r.err().contains("the reference run did not finish within 1 s and was stopped"), r.err());
    assertTrue(System.nanoTime() - t0 < 60_000_000_000L, "stopping took a minute");
  }

  @Test
  void theCheckpointHeaderMustAgreeWithTheProgram() {
    // stories260K's header: dim 64, seq_len 512; a shorter context is allowed, a longer one or another shape is not
    for (String backend : List.of("host", "reference")) {
      assertBadInput(run("--prompt-ids", "1", "--backend", backend, "--config", "seq_len=1024"),
          "header has seq_len = 512 but the program's config has 1024");
      assertBadInput(run("--prompt-ids", "1", "--backend", backend, "--config", "dim=32"), "header has dim = 64 but the program's config has 32");
    }
    assertEquals(0, run("--prompt-ids", "1", "-n", "2", "--config", "seq_len=256", "-q").status());
  }

  @Test
  void compileRejectsUnknownTargetsAndOutputs() {
    String out = tmp.resolve("bundle").toString();
    assertBadInput(Cli.run("compile", Cli.model("llama2c.fractal"), "-o", out, "--target", "sm_70"), "unknown target 'sm_70'");
    assertBadInput(Cli.run("compile", Cli.model("llama2c.fractal"), "-o", out, "--emit", "asm"), "--emit");
    assertBadInput(Cli.run("compile", Cli.model("llama2c.fractal"), "-o", out, "--host-cpu", "x86-64-v9"),
        "--host-cpu: unknown host CPU level 'x86-64-v9' (known: x86-64, x86-64-v2, avx2, x86-64-v3)");
    assertBadInput(Cli.run("compile", Cli.model("llama2c.fractal"), "-o", out, "--gpu-block-threads", "100"),
        "a GPU block has a multiple of 32 threads from 32 to 1024, not 100");
  }

  @Test
  void missingFilesAndCorruptCheckpoints() throws Exception {
    assertBadInput(Cli.run("check", tmp.resolve("none.fractal").toString()), "no such file");
    Path bad = tmp.resolve("bad.bin");
    Files.write(bad, new byte[] {1, 2, 3});
    assertBadInput(Cli.run("run", Cli.model("llama2c.fractal"), "--weights", bad.toString(), "--prompt-ids", "1"), "CKPT_");
    assertBadInput(Cli.run("run", Cli.model("llama2c.fractal"), "--weights", tmp.resolve("absent.bin").toString(),
        "--prompt-ids", "1"), "CKPT_NOT_FOUND");
    // a NaN in the token embedding (after the 7-int header, element 10) and an infinity in the
    // second tensor: named with the weight and element, on both kinds of backend
    byte[] ck = Files.readAllBytes(Repo.stories260K());
    java.nio.ByteBuffer.wrap(ck).order(java.nio.ByteOrder.LITTLE_ENDIAN).putFloat(28 + 4 * 10, Float.NaN);
    Path nan = Files.write(tmp.resolve("nan.bin"), ck);
    for (String backend : List.of("host", "reference")) {
      assertBadInput(Cli.run("run", Cli.model("llama2c.fractal"), "--weights", nan.toString(), "--prompt-ids", "1", "--backend", backend),
          "weight 'tok_emb' holds NaN at element 10");
    }
    byte[] inf = Files.readAllBytes(Repo.stories260K());
    java.nio.ByteBuffer.wrap(inf).order(java.nio.ByteOrder.LITTLE_ENDIAN).putFloat(28 + 4 * 512 * 64 + 4 * 3, Float.NEGATIVE_INFINITY);
    assertBadInput(Cli.run("run", Cli.model("llama2c.fractal"), "--weights", Files.write(tmp.resolve("inf.bin"), inf).toString(),
        "--prompt-ids", "1"), "holds -Infinity at element 3");
  }

  @Test
  void checkReportsLocatedProblemsWithExitStatusOne() throws Exception {
    Path f = tmp.resolve("m.fractal");
    Files.writeString(f, "model m\nconfig {\n  a = b\n}\n");
    Cli r = Cli.run("check", f.toString());
    assertEquals(1, r.status());
    assertTrue(r.out().contains(f + ":3:7: error: unknown name 'b' [unknown-name]"), r.out());
  }
}
