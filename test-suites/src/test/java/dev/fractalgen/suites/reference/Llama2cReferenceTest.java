package dev.fractalgen.suites.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fractalgen.suites.Llama2cGoldens;
import dev.fractalgen.suites.Llama2cGoldens.Golden;
import dev.fractalgen.suites.Repo;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The independent Java port of run.c reproduces, token for token, what llama2.c itself generated
 * on the published stories260K (golden/stories260K_llama2c.jsonl, provenance in golden/README.md).
 */
class Llama2cReferenceTest {

    @Test
    void goldenFileIsSelfConsistent() {
        List<Golden> cases = Llama2cGoldens.greedy();
        assertTrue(cases.size() >= 10, "expected at least 10 golden cases");
        assertTrue(cases.stream().anyMatch(g -> g.stop().equals("bos")), "a case ending on EOS");
        assertTrue(cases.stream().anyMatch(g -> g.ids().length >= 256), "a case of 256+ tokens");
        for (Golden g : cases) {
            assertEquals(1, g.promptIds()[0], g.name() + " starts at BOS");
            if (g.stop().equals("steps")) {
                assertEquals(g.maxTokens(), g.ids().length, "steps arithmetic in " + g.name());
            } else {
                assertEquals("bos", g.stop(), g.name());
                assertTrue(g.ids().length < g.maxTokens(), g.name());
            }
            assertTrue(Arrays.stream(g.ids()).noneMatch(id -> id == 1), "BOS is never printed: " + g.name());
        }
    }

    @Test
    void headerMatchesReadme() throws IOException {
        Llama2cReference m = new Llama2cReference(Repo.stories260K());
        assertEquals(List.of(64, 172, 5, 8, 4, 512, 512),
                List.of(m.dim, m.hiddenDim, m.nLayers, m.nHeads, m.nKvHeads, m.vocabSize, m.seqLen));
    }

    @TestFactory
    Stream<DynamicTest> reproducesLlama2c() {
        return Llama2cGoldens.greedy().stream().map(g -> DynamicTest.dynamicTest(g.name(),
                () -> assertEquals(Arrays.stream(g.ids()).boxed().toList(),
                        Llama2cReference.generateGreedy(Repo.stories260K(), g.promptIds(), g.steps()))));
    }
}
