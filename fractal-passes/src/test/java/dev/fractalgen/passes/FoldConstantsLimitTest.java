package dev.fractalgen.passes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fractalgen.etdg.model.Graph;
import dev.fractalgen.etdg.text.EtdgParser;
import dev.fractalgen.passes.fold.FoldConstantsPass;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class FoldConstantsLimitTest {
  private static Graph negOfOnes(int n) throws Exception {
    String data = String.join(", ", Collections.nCopies(n, "1.0"));
    return EtdgParser.parse("""
        etdg big
        generate {
          step(%token : i32[], %pos : i32[]) {
            %ones = const [DATA] : f32[N]
            %neg = neg %ones : f32[N]
            %two = const [2.0] : i32[]
            yield %token, %two
          }
        }
        """.replace("DATA", data).replace("N]", n + "]"));
  }

  private static long folded(Graph g) {
    PassContext ctx = PassContext.verifying();
    new PassManager(EnumSet.of(IrProperty.TYPES_INFERRED), List.of(new FoldConstantsPass())).run(g, ctx);
    return ctx.statistic("fold-constants.folded");
  }

  @Test
  void foldsUpToTheLimitAndNoFurther() throws Exception {
    assertEquals(1, folded(negOfOnes(FoldConstantsPass.MAX_ELEMENTS)));
    assertEquals(0, folded(negOfOnes(FoldConstantsPass.MAX_ELEMENTS + 1)));
  }
}
