package dev.fractalgen.etdg.dot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fractalgen.etdg.model.Graph;
import dev.fractalgen.etdg.text.EtdgParser;
import dev.fractalgen.etdg.text.EtdgSyntaxException;
import dev.fractalgen.etdg.verify.Verifier;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The DOT export has every node, buffer, use edge and region cluster, nested as the regions are. */
class EtdgDotTest {
  private static final String TEXT = """
      etdg d
      weight %w : f32[3, 2] = "w"
      param %t : f32[] = 1.0
      state %h : f32[2] replace
      generate {
        step(%token : i32[], %pos : i32[], %hh : f32[2]) {
          %m = map %w, %hh (%row : f32[2] iter, %v : f32[2]) {
            %p = mul %row, %v : f32[2]
            %s = reduce.sum[0] %p : f32[]
            yield %s
          } : f32[3]
          %a, %b = scan[1] %hh, %w (%c : f32[2], %x : f32[2]) {
            %n = add %c, %x : f32[2]
            yield %n, %n
          } : f32[2], f32[3, 2]
          %st = const [1.0] : i32[]
          yield %token, %st, %a
        }
      }
      """;

  /** What a small DOT reader finds: declared ids with attributes, their clusters, edges. */
  private static final class Dot {
    final Map<String, String> attrs = new HashMap<>();
    final Map<String, String> clusterOf = new HashMap<>();
    final Map<String, String> parentCluster = new HashMap<>();
    final Set<String> edges = new LinkedHashSet<>();

    Dot(String dot) {
      Pattern cluster = Pattern.compile("\\s*subgraph (cluster_\\d+) \\{");
      Pattern edge = Pattern.compile("\\s*(\\w+) -> (\\w+) \\[(.*)\\];");
      Pattern node = Pattern.compile("\\s*(\\w+) \\[(.*)\\];");
      Deque<String> open = new ArrayDeque<>();
      open.push("root");
      for (String line : dot.lines().skip(1).toList()) {
        Matcher m;
        if ((m = cluster.matcher(line)).matches()) {
          parentCluster.put(m.group(1), open.peek());
          open.push(m.group(1));
        } else if (line.trim().equals("}")) {
          open.pop();
        } else if ((m = edge.matcher(line)).matches()) {
          edges.add(m.group(1) + " -> " + m.group(2) + " " + m.group(3));
        } else if ((m = node.matcher(line)).matches() && !m.group(1).equals("node")) {
          attrs.put(m.group(1), m.group(2));
          clusterOf.put(m.group(1), open.peek());
        }
      }
      assertTrue(open.isEmpty(), "braces must balance, the digraph's own closing the last");
    }
  }

  private static Dot dot() throws EtdgSyntaxException {
    Graph g = EtdgParser.parse(TEXT);
    assertEquals(java.util.List.of(), Verifier.verify(g));
    String text = EtdgDot.toDot(g);
    assertTrue(text.startsWith("digraph \"d\" {\n"), text);
    assertTrue(text.endsWith("}\n"), text);
    return new Dot(text);
  }

  @Test
  void buffersAreCylindersOrEllipses() throws EtdgSyntaxException {
    Dot d = dot();
    assertEquals("shape=cylinder, label=\"weight %w\\nf32[3, 2]\"", d.attrs.get("b0"));
    assertEquals("shape=ellipse, label=\"param %t\\nf32[]\"", d.attrs.get("b1"));
    assertEquals("shape=cylinder, label=\"state %h\\nf32[2]\"", d.attrs.get("b2"));
    for (String b : new String[] {"b0", "b1", "b2"}) assertEquals("root", d.clusterOf.get(b));
  }

  @Test
  void nodesAreBoxesWithOpAndOutputTypes() throws EtdgSyntaxException {
    Dot d = dot();
    assertEquals("shape=box, label=\"map\\n%m : f32[3]\"", d.attrs.get("n0"));
    assertEquals("shape=box, label=\"mul\\n%p : f32[2]\"", d.attrs.get("n1"));
    assertEquals("shape=box, label=\"reduce.sum\\n%s : f32[]\"", d.attrs.get("n2"));
    assertEquals("shape=box, label=\"scan\\n%a : f32[2]\\n%b : f32[3, 2]\"", d.attrs.get("n3"));
    assertEquals("shape=box, label=\"add\\n%n : f32[2]\"", d.attrs.get("n4"));
    assertEquals("shape=box, label=\"const\\n%st : i32[]\"", d.attrs.get("n5"));
    assertEquals(Set.of("b0", "b1", "b2", "a0", "a1", "a2", "a3", "a4", "a5", "a6",
        "n0", "n1", "n2", "n3", "n4", "n5", "y0", "y1", "y2"), d.attrs.keySet());
  }

  @Test
  void regionsAreNestedClusters() throws EtdgSyntaxException {
    Dot d = dot();
    assertEquals(Map.of("cluster_0", "root", "cluster_1", "cluster_0", "cluster_2", "cluster_0"),
        d.parentCluster);
    Map<String, String> expected = new HashMap<>();
    for (String id : new String[] {"a0", "a1", "a2", "n0", "n3", "n5", "y2"}) expected.put(id, "cluster_0");
    for (String id : new String[] {"a3", "a4", "n1", "n2", "y0"}) expected.put(id, "cluster_1");
    for (String id : new String[] {"a5", "a6", "n4", "y1"}) expected.put(id, "cluster_2");
    for (String id : new String[] {"b0", "b1", "b2"}) expected.put(id, "root");
    assertEquals(expected, d.clusterOf);
    assertEquals("shape=ellipse, style=dashed, label=\"%row : f32[2] iter\"", d.attrs.get("a3"));
  }

  @Test
  void everyUseIsAnEdgeLabelledWithItsIndex() throws EtdgSyntaxException {
    Dot d = dot();
    assertEquals(Set.of(
        "b0 -> n0 label=\"0\"", "a2 -> n0 label=\"1\"",
        "a3 -> n1 label=\"0\"", "a4 -> n1 label=\"1\"",
        "n1 -> n2 label=\"0\"", "n2 -> y0 label=\"0\"",
        "a2 -> n3 label=\"0\"", "b0 -> n3 label=\"1\"",
        "a5 -> n4 label=\"0\"", "a6 -> n4 label=\"1\"",
        "n4 -> y1 label=\"0\"", "n4 -> y1 label=\"1\"",
        "a0 -> y2 label=\"0\"", "n5 -> y2 label=\"1\"", "n3 -> y2 label=\"2\", taillabel=\"%a\"",
        "y0 -> n0 style=dotted", "y1 -> n3 style=dotted"), d.edges);
  }
}
