package dev.fractalgen.dsl;

import com.google.inject.Injector;
import dev.fractalgen.dsl.elab.Diagnostic;
import dev.fractalgen.dsl.elab.IssueCodes;
import dev.fractalgen.dsl.elab.Locations;
import dev.fractalgen.etdg.build.SourceSpans;
import dev.fractalgen.dsl.elab.ProgramLowering;
import dev.fractalgen.dsl.fractal.Program;
import dev.fractalgen.etdg.model.Graph;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

/** The front end as a library: parse and check a program, and lower it to the ETDG. */
public final class FractalFrontEnd {
  /** A located problem, printed as {@code path:line:col: error: message [code]}. */
  public record Problem(String file, int line, int column, boolean error, String message, String code) {
    @Override
    public String toString() {
      return file + ":" + line + ":" + column + ": " + (error ? "error" : "warning") + ": " + message + " [" + code + "]";
    }
  }

  public record Checked(Program program, List<Problem> problems) {
    public boolean hasErrors() {
      return problems.stream().anyMatch(Problem::error);
    }
  }

  public record Lowered(Graph graph, List<Problem> problems) {
    public boolean hasErrors() {
      return problems.stream().anyMatch(Problem::error);
    }
  }

  private final Injector injector = new FractalStandaloneSetup().createInjectorAndDoEMFRegistration();

  public Checked check(Path file) throws IOException {
    return check(Files.readString(file), file.toString());
  }

  /**
   * Parses and validates {@code text}; {@code name} is the path used in problem locations. Text
   * past {@link SourceLimits} is refused before it is parsed.
   */
  public Checked check(String text, String name) {
    Optional<Problem> limit = SourceLimits.check(text, name);
    if (limit.isPresent()) return new Checked(null, List.of(limit.get()));
    return SourceLimits.onLargeStack(() -> parseAndValidate(text, name), () -> new Checked(null, List.of(tooDeep(name))));
  }

  /** The problem of a program whose expressions overflow even the large stack the front end runs on. */
  public static Problem tooDeep(String name) {
    return new Problem(name, 1, 1, true, "the program's expressions nest or chain too deeply to compile; split them with let",
        IssueCodes.NESTING_TOO_DEEP);
  }

  /**
   * A text as parsed: its resource (whose node model locates every element), the program (null
   * when nothing parsed), and the parser's first error, the only one reported: those after it are
   * mostly its recovery's echoes of the first.
   */
  public record Parsed(XtextResource resource, Program program, Optional<Resource.Diagnostic> syntaxError) {}

  /** Parses {@code text} alone (no limits, no validation); {@code name} names the resource. */
  public Parsed parse(String text, String name) {
    ResourceSet rs = injector.getInstance(ResourceSet.class);
    XtextResource r = (XtextResource) rs.createResource(URI.createURI("dummy:/" + name.replace('\\', '/') + (name.endsWith(".fractal") ? "" : ".fractal")));
    try {
      r.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    Optional<Resource.Diagnostic> first = r.getErrors().stream()
        .min(Comparator.comparingInt(Resource.Diagnostic::getLine).thenComparingInt(Resource.Diagnostic::getColumn));
    return new Parsed(r, r.getContents().isEmpty() ? null : (Program) r.getContents().get(0), first);
  }

  private Checked parseAndValidate(String text, String name) {
    Parsed parsed = parse(text, name);
    XtextResource r = parsed.resource();
    List<Problem> problems = new ArrayList<>();
    parsed.syntaxError().ifPresent(d -> problems.add(new Problem(name, d.getLine(), d.getColumn(), true, d.getMessage(), IssueCodes.SYNTAX)));
    Program p = parsed.program();
    if (problems.isEmpty() && p != null) {
      IResourceValidator v = injector.getInstance(IResourceValidator.class);
      for (Issue i : v.validate(r, CheckMode.ALL, CancelIndicator.NullImpl)) {
        problems.add(new Problem(name, i.getLineNumber(), i.getColumn(), i.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR,
            i.getMessage(), i.getCode() == null ? IssueCodes.SYNTAX : i.getCode()));
      }
    }
    problems.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
    return new Checked(p, problems);
  }

  /** Lowers a program that checked without errors, with config overrides (name to value text). */
  public Lowered lower(Program p, String name, Map<String, String> overrides) {
    ProgramLowering.Result r = SourceLimits.onLargeStack(() -> ProgramLowering.lower(p, overrides), () -> null);
    if (r == null) return new Lowered(null, List.of(tooDeep(name)));
    Optional<Problem> size = r.graph() == null ? Optional.empty() : SourceLimits.checkGraph(r.graph(), name);
    if (size.isPresent()) return new Lowered(null, List.of(size.get()));
    if (r.graph() != null) nameFile(r.graph(), name);
    List<Problem> problems = new ArrayList<>();
    for (Diagnostic d : r.diagnostics()) problems.add(locate(d, name));
    return new Lowered(r.graph(), problems);
  }

  private static Problem locate(Diagnostic d, String name) {
    int[] at = Locations.of(d.where());
    return new Problem(name, at[0], at[1], d.severity() == Diagnostic.Severity.ERROR, d.message(), d.code());
  }

  /** The nodes' places, "line:col" while lowering, get the file's name in front. */
  private static void nameFile(Graph g, String name) {
    for (var it = g.eAllContents(); it.hasNext(); ) {
      var o = it.next();
      if (o instanceof dev.fractalgen.etdg.model.Node n) SourceSpans.of(n).ifPresent(at -> SourceSpans.set(n, name + ":" + at));
    }
  }
}
