package dev.fractalgen.eclipse.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fractalgen.eclipse.FractalEditor;
import dev.fractalgen.eclipse.Markers;
import dev.fractalgen.ide.ModelCompile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.jface.text.hyperlink.IHyperlinkDetector;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.TextInvocationContext;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The editor in the real workbench (Tycho's UI harness, under Xvfb): every program of models/
 * opens without error markers; a broken one gets its marker with the issue code, a quick fix
 * and a compile that reports it; content assist, hover, outline and go to definition on
 * llama2c.fractal. Expected values are counted by hand in that file's text.
 */
class FractalEditorUiTest {
  static Path root;
  static IProject project;
  static String llama;

  @BeforeAll
  static void workspace() throws Exception {
    root = Path.of(System.getProperty("fractal.root")).toAbsolutePath().normalize();
    llama = Files.readString(root.resolve("models/llama2c.fractal"));
    project = ResourcesPlugin.getWorkspace().getRoot().getProject("models");
    if (!project.exists()) project.create(null);
    project.open(null);
    for (Path p : modelFiles()) {
      Path rel = root.resolve("models").relativize(p);
      if (rel.getNameCount() > 1) {
        IFolder f = project.getFolder(rel.getParent().toString());
        if (!f.exists()) f.create(true, true, null);
      }
      write(project.getFile(rel.toString()), Files.readString(p));
    }
    // Xvfb runs no window manager to maximize the window: give it the whole screen
    var shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
    shell.setBounds(shell.getDisplay().getBounds());
  }

  static List<Path> modelFiles() throws IOException {
    try (Stream<Path> s = Files.walk(root.resolve("models"))) {
      return s.filter(p -> p.toString().endsWith(".fractal")).sorted().toList();
    }
  }

  static IFile write(IFile f, String text) throws CoreException {
    var in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    if (f.exists()) f.setContents(in, true, false, null); else f.create(in, true, null);
    return f;
  }

  static IWorkbenchPage page() {
    return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
  }

  static void waitFor(String what, BooleanSupplier done) throws InterruptedException {
    Display d = Display.getCurrent();
    long deadline = System.currentTimeMillis() + 60_000;
    while (!done.getAsBoolean()) {
      assertTrue(System.currentTimeMillis() < deadline, "timed out waiting for " + what);
      while (d.readAndDispatch()) {}
      Thread.sleep(20);
    }
    while (d.readAndDispatch()) {}
  }

  static FractalEditor open(IFile f) throws Exception {
    FractalEditor e = assertInstanceOf(FractalEditor.class, IDE.openEditor(page(), f, FractalEditor.ID, true));
    waitFor("the analysis of " + f.getName(), e::isAnalysed);
    return e;
  }

  static IMarker[] markers(IFile f, String type) throws CoreException {
    return f.findMarkers(type, false, IResource.DEPTH_ZERO);
  }

  static ISourceViewer viewer(FractalEditor e) {
    return (ISourceViewer) e.getAdapter(ITextOperationTarget.class);
  }

  static int offset(String text, String needle, int plus) {
    int i = text.indexOf(needle);
    assertTrue(i >= 0, needle);
    return i + plus;
  }

  @AfterEach
  void closeEditors() {
    page().closeAllEditors(false);
  }

  @Test
  void everyModelOpensWithoutErrorMarkers() throws Exception {
    List<String> opened = new ArrayList<>();
    for (Path p : modelFiles()) {
      IFile f = project.getFile(root.resolve("models").relativize(p).toString());
      FractalEditor e = open(f);
      long errors = Arrays.stream(markers(f, Markers.PROBLEM)).filter(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR).count();
      assertEquals(0, errors, f + ": " + Arrays.toString(Arrays.stream(markers(f, Markers.PROBLEM)).map(m -> m.getAttribute(IMarker.MESSAGE, "")).toArray()));
      opened.add(f.getName());
      page().closeEditor(e, false);
    }
    assertTrue(opened.containsAll(List.of("llama2c.fractal", "llama3.fractal", "gpt2.fractal", "lstm.fractal")), opened.toString());
  }

  @Test
  void aBrokenModelGetsMarkersWithCodesAQuickFixAndACompileReport() throws Exception {
    String broken = llama.replace("let xb = rmsnorm(h, rms_att[l])", "let xb = rmsnorm(h, rms_atx[l])");
    IFile f = write(project.getFile("broken.fractal"), broken);
    FractalEditor e = open(f);
    waitFor("the problem marker", () -> {
      try {
        return markers(f, Markers.PROBLEM).length == 1;
      } catch (CoreException x) {
        throw new IllegalStateException(x);
      }
    });
    IMarker m = markers(f, Markers.PROBLEM)[0];
    assertEquals("unknown-name", m.getAttribute(Markers.CODE, ""));
    assertEquals(IMarker.SEVERITY_ERROR, m.getAttribute(IMarker.SEVERITY, -1));
    int at = offset(broken, "rms_atx", 0);
    assertEquals(at, m.getAttribute(IMarker.CHAR_START, -1));
    assertEquals(at + 7, m.getAttribute(IMarker.CHAR_END, -1));
    assertEquals(broken.substring(0, at).split("\n", -1).length, m.getAttribute(IMarker.LINE_NUMBER, -1));
    assertTrue(m.getAttribute(IMarker.MESSAGE, "").endsWith("[unknown-name]"), m.getAttribute(IMarker.MESSAGE, ""));

    // the compile command reports the same problem, as a compile marker
    Object result = PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("dev.fractalgen.eclipse.compile", null);
    ModelCompile.Result r = assertInstanceOf(ModelCompile.Result.class, result);
    assertEquals("broken.fractal: 1 error, not compiled", r.summary());
    assertEquals(1, markers(f, Markers.COMPILE).length);
    assertEquals("unknown-name", markers(f, Markers.COMPILE)[0].getAttribute(Markers.CODE, ""));

    // Ctrl+1 in the editor, at the misspelt name
    ISourceViewer v = viewer(e);
    List<String> assists = Arrays.stream(e.configuration().getQuickAssistAssistant(v).getQuickAssistProcessor()
        .computeQuickAssistProposals(new TextInvocationContext(v, at + 2, 0))).map(ICompletionProposal::getDisplayString).toList();
    assertTrue(assists.contains("Change to 'rms_att'"), assists.toString());

    page().showView(IPageLayout.ID_OUTLINE);
    page().showView(IPageLayout.ID_PROBLEM_VIEW);
    page().activate(e);
    e.selectAndReveal(at, 7);
    waitFor("the views", () -> true);
    expandProblems();
    waitFor("the problems", () -> true);
    screenshot("fractal-editor.png");

    IMarkerResolution[] fixes = IDE.getMarkerHelpRegistry().getResolutions(m);
    IMarkerResolution fix = Arrays.stream(fixes).filter(x -> x.getLabel().equals("Change to 'rms_att'")).findFirst().orElseThrow(
        () -> new AssertionError(Arrays.toString(Arrays.stream(fixes).map(IMarkerResolution::getLabel).toArray())));
    fix.run(m);
    assertEquals(llama, e.document().get());
    waitFor("the markers to clear after the fix", () -> {
      try {
        return e.isAnalysed() && markers(f, Markers.PROBLEM).length == 0;
      } catch (CoreException x) {
        throw new IllegalStateException(x);
      }
    });
    ModelCompile.Result ok = (ModelCompile.Result) PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("dev.fractalgen.eclipse.compile", null);
    assertTrue(ok.summary().startsWith("broken.fractal: compiled to "), ok.summary());
    assertEquals(0, markers(f, Markers.COMPILE).length);
  }

  @Test
  void contentAssistHoverOutlineAndDefinitionOnLlama2c() throws Exception {
    FractalEditor e = open(project.getFile("llama2c.fractal"));
    ISourceViewer v = viewer(e);

    // after "rms" in "rmsnorm(h, rms_att[l])"
    ICompletionProposal[] proposals = e.configuration().getContentAssistant(v).getContentAssistProcessor(IDocument.DEFAULT_CONTENT_TYPE)
        .computeCompletionProposals(v, offset(llama, "rms_att[l])", 3));
    List<String> shown = Arrays.stream(proposals).map(ICompletionProposal::getDisplayString).map(s -> s.substring(0, s.indexOf(' '))).sorted().toList();
    assertEquals(List.of("rms_att", "rms_ffn", "rms_final", "rmsnorm"), shown);

    // vocab_size = 512, dim = 64
    String hover = e.configuration().getTextHover(v, IDocument.DEFAULT_CONTENT_TYPE).getHoverInfo(v, new Region(offset(llama, "matvec(wcls", 8), 0));
    assertEquals("weight wcls: f32[512, 64]", hover);

    page().showView(IPageLayout.ID_OUTLINE);
    page().activate(e);
    IContentOutlinePage outline = e.getAdapter(IContentOutlinePage.class);
    waitFor("the outline", () -> outline.getControl() != null && ((Tree) outline.getControl()).getItemCount() > 0);
    List<String> top = Arrays.stream(((Tree) outline.getControl()).getItems()).map(TreeItem::getText).toList();
    assertEquals(List.of("config", "weights", "matvec", "rmsnorm", "rope", "attention", "softmax", "swiglu", "generate"), top);

    int call = offset(llama, "rmsnorm(h, rms_att", 2);
    IHyperlink link = null;
    for (IHyperlinkDetector d : e.configuration().getHyperlinkDetectors(v)) {
      IHyperlink[] links = d.detectHyperlinks(v, new Region(call, 0), false);
      if (links != null && links.length > 0) {
        link = links[0];
        break;
      }
    }
    assertNotNull(link, "no hyperlink on the call of rmsnorm");
    link.open();
    ITextSelection sel = (ITextSelection) e.getSelectionProvider().getSelection();
    assertEquals(offset(llama, "fn rmsnorm", 3), sel.getOffset());
    assertEquals("rmsnorm", sel.getText());
    assertFalse(e.isDirty());
  }

  /** Opens the Problems view's groups, as a click would, and widens their messages, for the screenshot. */
  static void expandProblems() {
    List<Tree> trees = new ArrayList<>();
    collectTrees(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), trees);
    for (Tree t : trees) {
      for (TreeItem i : t.getItems()) {
        if (!i.getText().startsWith("Errors (")) continue;
        if (t.getColumnCount() > 0) t.getColumn(0).setWidth(620);
        Event ev = new Event();
        ev.item = i;
        t.notifyListeners(SWT.Expand, ev);
        i.setExpanded(true);
      }
    }
  }

  static void collectTrees(Control c, List<Tree> out) {
    if (c instanceof Tree t) out.add(t);
    if (c instanceof Composite comp) for (Control child : comp.getChildren()) collectTrees(child, out);
  }

  static void screenshot(String name) throws IOException {
    String dir = System.getProperty("fractal.screenshots");
    if (dir == null) return;
    Files.createDirectories(Path.of(dir));
    Display d = Display.getCurrent();
    var shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
    var b = shell.getBounds();
    GC gc = new GC(d);
    Image img = new Image(d, b.width, b.height);
    gc.copyArea(img, b.x, b.y);
    gc.dispose();
    ImageLoader l = new ImageLoader();
    l.data = new ImageData[] {img.getImageData()};
    l.save(Path.of(dir, name).toString(), SWT.IMAGE_PNG);
    img.dispose();
  }
}
