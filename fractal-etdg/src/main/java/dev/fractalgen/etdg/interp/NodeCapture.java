package dev.fractalgen.etdg.interp;

import dev.fractalgen.etdg.model.Node;
import dev.fractalgen.etdg.model.Output;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A {@link NodeObserver} that records the values of one node, per sequence in evaluation order:
 * for a node of the step region, element {@code k} of {@link #values} is its value at step k.
 */
public final class NodeCapture implements NodeObserver {
  private final Node node;
  private final Map<Integer, List<HostTensor>> values = new TreeMap<>();

  public NodeCapture(Node node) {
    this.node = node;
  }

  /** Captures the node whose first output is {@code output}. */
  public static NodeCapture of(Output output) {
    return new NodeCapture((Node) output.eContainer());
  }

  @Override
  public void onNode(int seq, int step, Node n, HostTensor firstOutput) {
    if (n == node) values.computeIfAbsent(seq, k -> new ArrayList<>()).add(firstOutput);
  }

  /** The values seen for sequence {@code seq} (-1 for {@link Interpreter#evalRegion}); empty if none. */
  public List<HostTensor> values(int seq) {
    return List.copyOf(values.getOrDefault(seq, List.of()));
  }
}
