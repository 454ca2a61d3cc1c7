package dev.fractalgen.suites.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Checks that the independent Java reference reproduces, token for token, what the real llama2.c
 * run.c generated for stories260K.bin (golden/stories260K_llama2c_greedy.txt, format documented in
 * its header).
 */
class Llama2cReferenceTest {

    static final String GOLDEN = "/golden/stories260K_llama2c_greedy.txt";

    /** The checkpoint lives in shared/models next to the repository root (fractal.root). */
    static Path checkpoint() {
        List<Path> candidates = new ArrayList<>();
        String shared = System.getenv("FRACTAL_SHARED_MODELS");
        if (shared != null && !shared.isBlank()) candidates.add(Path.of(shared, "stories260K.bin"));
        String root = System.getProperty("fractal.root");
        if (root != null && !root.isBlank()) candidates.add(Path.of(root, "..", "shared", "models", "stories260K.bin"));
        candidates.add(Path.of("..", "shared", "models", "stories260K.bin"));       // cwd = repo root
        candidates.add(Path.of("..", "..", "shared", "models", "stories260K.bin")); // cwd = module dir
        for (Path p : candidates) if (Files.isRegularFile(p)) return p.normalize();
        Assumptions.abort("stories260K.bin not found; tried " + candidates);
        return null; // unreachable
    }

    /** One golden line: prompt, steps (llama2.c -n), new-token count, stop reason, new ids. */
    record Golden(String line, int[] prompt, int steps, int newCount, String stop, List<Integer> ids) {}

    static List<Golden> golden() throws IOException {
        List<Golden> out = new ArrayList<>();
        try (InputStream in = Llama2cReferenceTest.class.getResourceAsStream(GOLDEN)) {
            assertNotNull(in, "missing resource " + GOLDEN);
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) continue;
                Map<String, String> kv = new HashMap<>();
                for (String field : line.split(" ")) {
                    int eq = field.indexOf('=');
                    kv.put(field.substring(0, eq), field.substring(eq + 1));
                }
                out.add(new Golden(line, ints(kv.get("prompt")), Integer.parseInt(kv.get("steps")),
                        Integer.parseInt(kv.get("new")), kv.get("stop"),
                        Arrays.stream(ints(kv.get("ids"))).boxed().toList()));
            }
        }
        return out;
    }

    static int[] ints(String csv) {
        return csv.isEmpty() ? new int[0] : Arrays.stream(csv.split(",")).mapToInt(Integer::parseInt).toArray();
    }

    @Test
    void goldenFileIsSelfConsistent() throws IOException {
        List<Golden> cases = golden();
        assertTrue(cases.size() >= 3, "expected at least 3 golden cases");
        for (Golden g : cases) {
            assertEquals(g.newCount(), g.ids().size(), "new= vs ids in: " + g.line());
            int forcedSteps = Math.min(g.steps(), g.prompt().length - 1);
            if (g.stop().equals("steps")) {
                assertEquals(g.steps() - forcedSteps, g.newCount(), "steps arithmetic in: " + g.line());
            } else {
                assertEquals("bos", g.stop(), g.line());
                assertTrue(g.newCount() < g.steps() - forcedSteps, g.line());
            }
            assertTrue(!g.ids().contains(1), "BOS is never printed: " + g.line());
        }
    }

    @Test
    void headerMatchesReadme() throws IOException {
        Llama2cReference m = new Llama2cReference(checkpoint());
        assertEquals(List.of(64, 172, 5, 8, 4, 512, 512),
                List.of(m.dim, m.hiddenDim, m.nLayers, m.nHeads, m.nKvHeads, m.vocabSize, m.seqLen));
    }

    @TestFactory
    Stream<DynamicTest> reproducesLlama2c() throws IOException {
        Path ckpt = checkpoint();
        return golden().stream().map(g -> DynamicTest.dynamicTest(
                "prompt=" + Arrays.toString(g.prompt()) + " steps=" + g.steps(),
                () -> assertEquals(g.ids(), Llama2cReference.generateGreedy(ckpt, g.prompt(), g.steps()),
                        "llama2.c golden: " + g.line())));
    }
}
