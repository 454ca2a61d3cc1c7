package dev.fractalgen.etdg.xmi;

import dev.fractalgen.etdg.model.EtdgPackage;
import dev.fractalgen.etdg.model.Graph;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Saves and loads a graph as EMF XMI, standalone (no Eclipse platform): each call uses its own
 * resource set with the ETDG package and the "xmi" extension registered, so nothing global is
 * touched. Saving writes a copy, leaving the caller's graph outside any resource.
 */
public final class EtdgXmi {
  private EtdgXmi() {}

  private static final Map<String, Object> OPTIONS = Map.of(XMLResource.OPTION_ENCODING, "UTF-8");

  public static String toXmi(Graph graph) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(graph, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  public static Graph fromXmi(String xmi) throws IOException {
    return read(new ByteArrayInputStream(xmi.getBytes(StandardCharsets.UTF_8)));
  }

  public static void save(Graph graph, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      write(graph, out);
    }
  }

  public static Graph load(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    }
  }

  private static ResourceSet resourceSet() {
    ResourceSet rs = new ResourceSetImpl();
    rs.getPackageRegistry().put(EtdgPackage.eNS_URI, EtdgPackage.eINSTANCE);
    rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
    return rs;
  }

  /** A use of a value outside the graph cannot be written: this fails with an IOException. */
  private static void write(Graph graph, OutputStream out) throws IOException {
    Resource r = resourceSet().createResource(URI.createURI("graph.xmi"));
    r.getContents().add(EcoreUtil.copy(graph));
    try {
      r.save(out, OPTIONS);
    } catch (RuntimeException e) {
      throw new IOException("cannot write graph '" + graph.getName() + "' as XMI: " + e.getMessage(), e);
    }
  }

  private static Graph read(InputStream in) throws IOException {
    Resource r = resourceSet().createResource(URI.createURI("graph.xmi"));
    try {
      r.load(in, OPTIONS);
    } catch (RuntimeException e) {
      throw new IOException("cannot read XMI: " + e.getMessage(), e);
    }
    if (!r.getErrors().isEmpty()) {
      throw new IOException("cannot read XMI: " + r.getErrors().get(0).getMessage());
    }
    EObject root = r.getContents().isEmpty() ? null : r.getContents().get(0);
    if (!(root instanceof Graph g)) throw new IOException("the XMI does not hold an ETDG graph");
    return g;
  }
}
