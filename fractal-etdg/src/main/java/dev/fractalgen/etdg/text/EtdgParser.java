package dev.fractalgen.etdg.text;

import dev.fractalgen.etdg.model.Arg;
import dev.fractalgen.etdg.model.Buffer;
import dev.fractalgen.etdg.model.BufferKind;
import dev.fractalgen.etdg.model.ConfigEntry;
import dev.fractalgen.etdg.model.DType;
import dev.fractalgen.etdg.model.EtdgFactory;
import dev.fractalgen.etdg.model.Generate;
import dev.fractalgen.etdg.model.Graph;
import dev.fractalgen.etdg.model.Growth;
import dev.fractalgen.etdg.model.Node;
import dev.fractalgen.etdg.model.Op;
import dev.fractalgen.etdg.model.Output;
import dev.fractalgen.etdg.model.ReduceOrder;
import dev.fractalgen.etdg.model.Region;
import dev.fractalgen.etdg.model.Use;
import dev.fractalgen.etdg.model.Value;
import dev.fractalgen.etdg.text.Token.Kind;
import dev.fractalgen.etdg.type.DimExpr;
import dev.fractalgen.etdg.type.TensorType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the text form of docs/etdg.md into a graph; {@link EtdgPrinter} prints it back to the same
 * text when it was printed by it.
 *
 * <p>Names are resolved after the whole text is read, so a use may name a value defined later or
 * in another region: the parser checks syntax and that names exist and are defined once, and the
 * verifier judges where a use may see a value. Spacing is free, except that an op's ints follow
 * its name without a space and that a node's ints, data and operands are on the line of its op.
 */
public final class EtdgParser {
  private static final EtdgFactory F = EtdgFactory.eINSTANCE;

  private final Lexer lex;
  private final Map<String, Value> defined = new HashMap<>();
  private final Map<String, Token> definedAt = new HashMap<>();
  private final List<Pending> links = new ArrayList<>();

  private EtdgParser(String text) {
    this.lex = new Lexer(text);
  }

  public static Graph parse(String text) throws EtdgSyntaxException {
    return new EtdgParser(text).graph();
  }

  private Graph graph() throws EtdgSyntaxException {
    Graph g = F.createGraph();
    Token head = lex.expectIdent("etdg");
    Token name = lex.peek();
    if ((name.kind() == Kind.IDENT || name.kind() == Kind.STRING) && name.line() == head.line()) {
      g.setName(lex.next().text());
    }
    while (true) {
      Token t = lex.peek();
      if (t.kind() == Kind.EOF) break;
      if (t.isIdent("config")) g.getConfig().add(config());
      else if (t.isIdent("generate")) {
        g.setGenerate(generate());
        Token end = lex.peek();
        if (end.kind() != Kind.EOF) {
          throw lex.error(end, "expected end of input after generate, found " + end.show());
        }
      } else if (bufferKind(t) != null) g.getBuffers().add(buffer());
      else {
        throw lex.error(t, "expected config, weight, param, sequence, state or generate, found " + t.show());
      }
    }
    resolve();
    if (g.getGenerate() != null) {
      // The step's state args follow the STATE buffers in buffer order (docs/etdg.md, Generate).
      for (Buffer b : g.getBuffers()) {
        if (b.getKind() == BufferKind.STATE) g.getGenerate().getStates().add(b);
      }
    }
    return g;
  }

  private ConfigEntry config() throws EtdgSyntaxException {
    lex.expectIdent("config");
    ConfigEntry e = F.createConfigEntry();
    Token key = lex.next();
    if (key.kind() != Kind.IDENT && key.kind() != Kind.STRING) {
      throw lex.error(key, "expected a config name, found " + key.show());
    }
    e.setName(key.text());
    lex.expectPunct('=');
    Token v = lex.next();
    if (v.kind() != Kind.NUMBER && v.kind() != Kind.STRING) {
      throw lex.error(v, "expected a number or a string, found " + v.show());
    }
    e.setValue(v.text());
    return e;
  }

  private static BufferKind bufferKind(Token t) {
    if (t.kind() != Kind.IDENT) return null;
    return switch (t.text()) {
      case "weight" -> BufferKind.WEIGHT;
      case "param" -> BufferKind.PARAM;
      case "sequence" -> BufferKind.SEQUENCE;
      case "state" -> BufferKind.STATE;
      default -> null;
    };
  }

  private Buffer buffer() throws EtdgSyntaxException {
    Buffer b = F.createBuffer();
    b.setKind(bufferKind(lex.next()));
    define(lex.expect(Kind.VALUE, "a value name"), b);
    lex.expectPunct(':');
    type().applyTo(b);
    switch (b.getKind()) {
      case WEIGHT -> {
        if (!lex.peek().isPunct('=')) break;
        lex.next();
        if (!lex.peek().isIdent("tied")) {
          if (lex.peek().isIdent("stack")) {
            lex.next();
            b.setStacked(true);
          }
          b.setSource(lex.expect(Kind.STRING, "a checkpoint name").text());
        }
        if (lex.peek().isIdent("tied")) {
          lex.next();
          Token target = lex.expect(Kind.VALUE, "a weight");
          link(target, () -> {
            Value v = defined.get(target.text());
            if (v == null) return "unknown value " + Syntax.valueRef(target.text());
            if (!(v instanceof Buffer w)) return Syntax.valueRef(target.text()) + " is not a buffer";
            b.setTiedTo(w);
            return null;
          });
        }
      }
      case PARAM -> {
        lex.expectPunct('=');
        b.setDefaultValue(number());
      }
      case STATE -> {
        Token growth = lex.expect(Kind.IDENT, "append or replace");
        switch (growth.text()) {
          case "append" -> b.setGrowth(Growth.APPEND);
          case "replace" -> b.setGrowth(Growth.REPLACE);
          default -> throw lex.error(growth, "expected append or replace, found " + growth.show());
        }
        if (lex.peek().isIdent("capacity")) {
          lex.next();
          b.setCapacity(integer());
        }
      }
      case SEQUENCE -> { }
    }
    return b;
  }

  private Generate generate() throws EtdgSyntaxException {
    lex.expectIdent("generate");
    lex.expectPunct('{');
    Generate g = F.createGenerate();
    if (lex.peek().isIdent("step")) {
      lex.next();
      Region step = F.createRegion();
      g.setStep(step);
      lex.expectPunct('(');
      args(step);
      lex.expectPunct('{');
      body(step);
    }
    lex.expectPunct('}');
    return g;
  }

  /** Args after '(' through ')'. */
  private void args(Region r) throws EtdgSyntaxException {
    if (lex.peek().isPunct(')')) {
      lex.next();
      return;
    }
    do {
      Arg a = F.createArg();
      define(lex.expect(Kind.VALUE, "an argument name"), a);
      lex.expectPunct(':');
      type().applyTo(a);
      if (lex.peek().isIdent("iter")) {
        lex.next();
        a.setIterated(true);
      }
      r.getArgs().add(a);
    } while (more(')'));
  }

  /** Nodes after '{', the yield and the closing '}'. */
  private void body(Region r) throws EtdgSyntaxException {
    while (!lex.peek().isIdent("yield")) {
      if (lex.peek().kind() == Kind.EOF || lex.peek().isPunct('}')) {
        throw lex.error(lex.peek(), "expected a node or yield, found " + lex.peek().show());
      }
      r.getNodes().add(node());
    }
    Token y = lex.next();
    if (lex.peek().kind() == Kind.VALUE && lex.peek().line() == y.line()) uses(r.getResults());
    lex.expectPunct('}');
  }

  private Node node() throws EtdgSyntaxException {
    Node n = F.createNode();
    List<Token> outs = new ArrayList<>();
    if (lex.peek().kind() == Kind.VALUE) {
      outs.add(lex.next());
      while (lex.peek().isPunct(',')) {
        lex.next();
        outs.add(lex.expect(Kind.VALUE, "an output name"));
      }
      lex.expectPunct('=');
    }
    Token opTok = lex.expect(Kind.IDENT, "an op");
    opAndAttributes(n, opTok);
    if (lex.peek().kind() == Kind.VALUE && lex.peek().line() == opTok.line()) uses(n.getOperands());
    while (lex.peek().isPunct('(')) {
      lex.next();
      Region r = F.createRegion();
      n.getRegions().add(r);
      args(r);
      lex.expectPunct('{');
      body(r);
    }
    List<TensorType> types = new ArrayList<>();
    Token colon = lex.peek();
    if (colon.isPunct(':')) {
      lex.next();
      types.add(type());
      while (lex.peek().isPunct(',')) {
        lex.next();
        types.add(type());
      }
    }
    if (!outs.isEmpty() && !colon.isPunct(':')) {
      throw lex.error(colon, "expected ':' and the output types, found " + colon.show());
    }
    if (types.size() != outs.size()) {
      throw lex.error(colon, outs.size() + " output name(s) but " + types.size() + " type(s)");
    }
    for (int i = 0; i < outs.size(); i++) {
      Output o = F.createOutput();
      define(outs.get(i), o);
      types.get(i).applyTo(o);
      n.getOutputs().add(o);
    }
    return n;
  }

  /** {@code reduce.sum[0]}, {@code const [1.0, 2.0]}: the op, its ints (no space), its data. */
  private void opAndAttributes(Node n, Token opTok) throws EtdgSyntaxException {
    Op op = Syntax.op(opTok.text());
    if (op == null || op == Op.REDUCE && Syntax.reduceKind(opTok.text()) == null
        || op != Op.REDUCE && opTok.text().contains(".")) {
      throw lex.error(opTok, "unknown op '" + opTok.text() + "'");
    }
    n.setOp(op);
    if (op == Op.REDUCE) n.setReduce(Syntax.reduceKind(opTok.text()));
    if (lex.peek().isPunct('[') && !lex.peek().spaceBefore()) {
      lex.next();
      if (lex.peek().isPunct(']')) lex.next();
      else do n.getInts().add(integer()); while (more(']'));
    }
    if (lex.peek().kind() == Kind.IDENT && lex.peek().text().equals("tree") && lex.peek().line() == opTok.line()) {
      lex.next();
      lex.expectPunct('(');
      ReduceOrder order = F.createReduceOrder();
      order.setLanes(orderParameter());
      lex.expectPunct(',');
      order.setWidth(orderParameter());
      lex.expectPunct(')');
      n.setOrder(order);
    }
    if (lex.peek().isPunct('[') && lex.peek().line() == opTok.line()) {
      lex.next();
      if (lex.peek().isPunct(']')) lex.next();
      else do n.getData().add(number()); while (more(']'));
    }
  }

  /** A tree order's lanes or width: an int (the verifier checks its range). */
  private int orderParameter() throws EtdgSyntaxException {
    Token t = lex.peek();
    long v = integer();
    if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) throw lex.error(t, "a tree order parameter must fit in 32 bits, found " + v);
    return (int) v;
  }

  /** One or more comma-separated value references, resolved at the end. */
  private void uses(List<Use> into) throws EtdgSyntaxException {
    while (true) {
      Token t = lex.expect(Kind.VALUE, "a value");
      Use u = F.createUse();
      into.add(u);
      link(t, () -> {
        Value v = defined.get(t.text());
        if (v == null) return "unknown value " + Syntax.valueRef(t.text());
        u.setValue(v);
        return null;
      });
      if (!lex.peek().isPunct(',')) return;
      lex.next();
    }
  }

  private TensorType type() throws EtdgSyntaxException {
    Token d = lex.expect(Kind.IDENT, "a dtype");
    DType dtype = Syntax.dtype(d.text());
    if (dtype == null) throw lex.error(d, "unknown dtype '" + d.text() + "'");
    lex.expectPunct('[');
    Lexer.Raw raw = lex.rawUntil(']');
    List<DimExpr> shape = new ArrayList<>();
    if (!raw.text().isBlank()) {
      int offset = 0;
      for (String part : raw.text().split(",", -1)) {
        try {
          shape.add(DimExpr.parse(part.strip()));
        } catch (IllegalArgumentException e) {
          int lead = part.length() - part.stripLeading().length();
          throw new EtdgSyntaxException(raw.line(), raw.column() + offset + lead,
              "bad dimension '" + part.strip() + "'");
        }
        offset += part.length() + 1;
      }
    }
    return new TensorType(dtype, shape);
  }

  private long integer() throws EtdgSyntaxException {
    Token t = lex.expect(Kind.NUMBER, "an integer");
    try {
      return Long.parseLong(t.text());
    } catch (NumberFormatException e) {
      throw lex.error(t, "expected an integer, found " + t.show());
    }
  }

  /** A double as Double.toString prints it, NaN and the infinities included. */
  private double number() throws EtdgSyntaxException {
    Token t = lex.next();
    if (t.kind() == Kind.NUMBER || t.isIdent("NaN") || t.isIdent("Infinity")) {
      return Double.parseDouble(t.text());
    }
    throw lex.error(t, "expected a number, found " + t.show());
  }

  /** After a list element: true on ',', false on {@code close}. */
  private boolean more(char close) throws EtdgSyntaxException {
    Token t = lex.next();
    if (t.isPunct(',')) return true;
    if (t.isPunct(close)) return false;
    throw lex.error(t, "expected ',' or '" + close + "' but found " + t.show());
  }

  private void define(Token t, Value v) throws EtdgSyntaxException {
    Token first = definedAt.putIfAbsent(t.text(), t);
    if (first != null) {
      throw lex.error(t, Syntax.valueRef(t.text()) + " is already defined at " + first.line() + ":"
          + first.column());
    }
    v.setName(t.text());
    defined.put(t.text(), v);
  }

  private interface Link {
    /** Null when linked, else why not. */
    String run();
  }

  private void link(Token at, Link l) {
    links.add(new Pending(at, l));
  }

  private record Pending(Token at, Link link) {}

  private void resolve() throws EtdgSyntaxException {
    for (Pending p : links) {
      String problem = p.link().run();
      if (problem != null) throw lex.error(p.at(), problem);
    }
  }
}
