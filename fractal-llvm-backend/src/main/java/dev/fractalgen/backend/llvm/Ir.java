package dev.fractalgen.backend.llvm;

import static org.bytedeco.llvm.global.LLVM.*;

import java.util.function.Consumer;
import java.util.function.Supplier;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.llvm.LLVM.LLVMBasicBlockRef;
import org.bytedeco.llvm.LLVM.LLVMBuilderRef;
import org.bytedeco.llvm.LLVM.LLVMContextRef;
import org.bytedeco.llvm.LLVM.LLVMMetadataRef;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * A thin structured layer over the LLVM C builder: typed constants and arithmetic, loops and
 * conditionals built from blocks, variables as entry-block allocas (promoted to registers by the
 * optimizer). One instance builds one module; {@link #function} selects where code goes.
 */
public final class Ir {
  public final LLVMContextRef ctx;
  public final LLVMModuleRef module;
  public final LLVMBuilderRef b;
  private final LLVMBuilderRef entryBuilder;
  public final LLVMTypeRef i1, i8, i16, i32, i64, f32, f64, ptr, voidT;
  private LLVMValueRef fn;

  public Ir(String name) {
    ctx = LLVMContextCreate();
    module = LLVMModuleCreateWithNameInContext(name, ctx);
    b = LLVMCreateBuilderInContext(ctx);
    entryBuilder = LLVMCreateBuilderInContext(ctx);
    i1 = LLVMInt1TypeInContext(ctx);
    i8 = LLVMInt8TypeInContext(ctx);
    i16 = LLVMInt16TypeInContext(ctx);
    i32 = LLVMInt32TypeInContext(ctx);
    i64 = LLVMInt64TypeInContext(ctx);
    f32 = LLVMFloatTypeInContext(ctx);
    f64 = LLVMDoubleTypeInContext(ctx);
    ptr = LLVMPointerTypeInContext(ctx, 0);
    voidT = LLVMVoidTypeInContext(ctx);
    LLVMMetadataRef domain = node(mdString("fractal.reports"));
    reportScope = LLVMMetadataAsValue(ctx, node(node(mdString("fractal.report words"), domain)));
    noaliasKind = kind("noalias");
    aliasScopeKind = kind("alias.scope");
  }

  /**
   * The alias scope of a run-time check's report ({@link #report}): the report's stores carry it,
   * and every plain load and store excludes it ({@link #load}, {@link #store}). That is true, as the
   * report words are read only by atomic loads, which carry no scope; and it lets LLVM keep a loop's
   * invariant loads (a layer index, a head's group) in registers across checks whose failing paths
   * report, where a store it cannot place would make it load them again for every element.
   */
  private final LLVMValueRef reportScope;
  private final int noaliasKind, aliasScopeKind;

  private LLVMMetadataRef mdString(String s) {
    return LLVMMDStringInContext2(ctx, s, s.length());
  }

  private LLVMMetadataRef node(LLVMMetadataRef... ops) {
    return LLVMMDNodeInContext2(ctx, list(ops), ops.length);
  }

  private int kind(String name) {
    return LLVMGetMDKindIDInContext(ctx, name, name.length());
  }

  public void dispose() {
    LLVMDisposeBuilder(b);
    LLVMDisposeBuilder(entryBuilder);
    LLVMDisposeModule(module);
    LLVMContextDispose(ctx);
  }

  // ---- functions ----------------------------------------------------------------------------

  public static PointerPointer<Pointer> list(Pointer... xs) {
    // one put per element: the varargs constructor misbehaves inside GEP building
    PointerPointer<Pointer> p = new PointerPointer<>(Math.max(1, xs.length));
    for (int i = 0; i < xs.length; i++) p.put(i, xs[i]);
    return p;
  }

  public LLVMTypeRef fnType(LLVMTypeRef ret, LLVMTypeRef... params) {
    return LLVMFunctionType(ret, list(params), params.length, 0);
  }

  /** Declares (or finds) a function; {@code internal} ones are private to the module. */
  public LLVMValueRef declare(String name, LLVMTypeRef type, boolean internal) {
    LLVMValueRef f = LLVMGetNamedFunction(module, name);
    if (f != null && !f.isNull()) return f;
    f = LLVMAddFunction(module, name, type);
    if (internal) LLVMSetLinkage(f, LLVMInternalLinkage);
    return f;
  }

  /** Starts the body of {@code f}: later code goes into its entry block. */
  public void function(LLVMValueRef f) {
    fn = f;
    LLVMBasicBlockRef entry = LLVMAppendBasicBlockInContext(ctx, f, "entry");
    LLVMPositionBuilderAtEnd(b, entry);
  }

  public LLVMValueRef param(int i) {
    return LLVMGetParam(fn, i);
  }

  public void addStringAttribute(LLVMValueRef f, String key, String value) {
    LLVMAddAttributeAtIndex(f, -1, LLVMCreateStringAttribute(ctx, key, key.length(), value, value.length()));
  }

  public void addEnumAttribute(LLVMValueRef f, String name) {
    int kind = LLVMGetEnumAttributeKindForName(name, name.length());
    LLVMAddAttributeAtIndex(f, -1, LLVMCreateEnumAttribute(ctx, kind, 0));
  }

  public LLVMValueRef call(LLVMValueRef f, LLVMTypeRef type, LLVMValueRef... args) {
    return LLVMBuildCall2(b, type, f, list(args), args.length, "");
  }

  /** Inline assembly with side effects and no result, its operands bound by {@code constraints}. */
  public void inlineAsm(String asm, String constraints, LLVMValueRef... args) {
    LLVMTypeRef[] types = new LLVMTypeRef[args.length];
    for (int i = 0; i < args.length; i++) types[i] = LLVMTypeOf(args[i]);
    LLVMTypeRef t = fnType(voidT, types);
    LLVMValueRef f = LLVMGetInlineAsm(t, asm, asm.length(), constraints, constraints.length(), 1, 0, LLVMInlineAsmDialectATT, 0);
    LLVMBuildCall2(b, t, f, list(args), args.length, "");
  }

  /** Calls an LLVM intrinsic (or any external function) by name, declaring it on first use. */
  public LLVMValueRef intrinsic(String name, LLVMTypeRef ret, LLVMValueRef... args) {
    LLVMTypeRef[] ps = new LLVMTypeRef[args.length];
    for (int i = 0; i < args.length; i++) ps[i] = LLVMTypeOf(args[i]);
    LLVMTypeRef t = fnType(ret, ps);
    return call(declare(name, t, false), t, args);
  }

  public void retVoid() {
    LLVMBuildRetVoid(b);
  }

  public void ret(LLVMValueRef v) {
    LLVMBuildRet(b, v);
  }

  // ---- constants ----------------------------------------------------------------------------

  public LLVMValueRef c32(long v) {
    return LLVMConstInt(i32, v, 1);
  }

  public LLVMValueRef c64(long v) {
    return LLVMConstInt(i64, v, 1);
  }

  public LLVMValueRef cf(float v) {
    return LLVMConstReal(f32, v);
  }

  public LLVMValueRef cd(double v) {
    return LLVMConstReal(f64, v);
  }

  public LLVMValueRef bool(boolean v) {
    return LLVMConstInt(i1, v ? 1 : 0, 0);
  }

  // ---- arithmetic ---------------------------------------------------------------------------

  public LLVMValueRef add(LLVMValueRef x, LLVMValueRef y) { return LLVMBuildAdd(b, x, y, ""); }
  public LLVMValueRef sub(LLVMValueRef x, LLVMValueRef y) { return LLVMBuildSub(b, x, y, ""); }
  public LLVMValueRef mul(LLVMValueRef x, LLVMValueRef y) { return LLVMBuildMul(b, x, y, ""); }
  public LLVMValueRef sdiv(LLVMValueRef x, LLVMValueRef y) { return LLVMBuildSDiv(b, x, y, ""); }
  public LLVMValueRef srem(LLVMValueRef x, LLVMValueRef y) { return LLVMBuildSRem(b, x, y, ""); }
  public LLVMValueRef and(LLVMValueRef x, LLVMValueRef y) { return LLVMBuildAnd(b, x, y, ""); }
  public LLVMValueRef or(LLVMValueRef x, LLVMValueRef y) { return LLVMBuildOr(b, x, y, ""); }
  public LLVMValueRef xor(LLVMValueRef x, LLVMValueRef y) { return LLVMBuildXor(b, x, y, ""); }
  public LLVMValueRef shl(LLVMValueRef x, LLVMValueRef y) { return LLVMBuildShl(b, x, y, ""); }
  public LLVMValueRef lshr(LLVMValueRef x, LLVMValueRef y) { return LLVMBuildLShr(b, x, y, ""); }
  public LLVMValueRef ashr(LLVMValueRef x, LLVMValueRef y) { return LLVMBuildAShr(b, x, y, ""); }
  public LLVMValueRef fadd(LLVMValueRef x, LLVMValueRef y) { return LLVMBuildFAdd(b, x, y, ""); }
  public LLVMValueRef fsub(LLVMValueRef x, LLVMValueRef y) { return LLVMBuildFSub(b, x, y, ""); }
  public LLVMValueRef fmul(LLVMValueRef x, LLVMValueRef y) { return LLVMBuildFMul(b, x, y, ""); }
  public LLVMValueRef fdiv(LLVMValueRef x, LLVMValueRef y) { return LLVMBuildFDiv(b, x, y, ""); }
  public LLVMValueRef fneg(LLVMValueRef x) { return LLVMBuildFNeg(b, x, ""); }
  public LLVMValueRef neg(LLVMValueRef x) { return LLVMBuildNeg(b, x, ""); }

  public LLVMValueRef icmp(int pred, LLVMValueRef x, LLVMValueRef y) { return LLVMBuildICmp(b, pred, x, y, ""); }
  public LLVMValueRef fcmp(int pred, LLVMValueRef x, LLVMValueRef y) { return LLVMBuildFCmp(b, pred, x, y, ""); }
  public LLVMValueRef select(LLVMValueRef c, LLVMValueRef x, LLVMValueRef y) { return LLVMBuildSelect(b, c, x, y, ""); }

  public LLVMValueRef slt(LLVMValueRef x, LLVMValueRef y) { return icmp(LLVMIntSLT, x, y); }
  public LLVMValueRef ult(LLVMValueRef x, LLVMValueRef y) { return icmp(LLVMIntULT, x, y); }
  public LLVMValueRef eq(LLVMValueRef x, LLVMValueRef y) { return icmp(LLVMIntEQ, x, y); }
  public LLVMValueRef ne(LLVMValueRef x, LLVMValueRef y) { return icmp(LLVMIntNE, x, y); }

  public LLVMValueRef smin(LLVMValueRef x, LLVMValueRef y) { return select(slt(x, y), x, y); }
  public LLVMValueRef smax(LLVMValueRef x, LLVMValueRef y) { return select(slt(x, y), y, x); }

  public LLVMValueRef sext(LLVMValueRef x, LLVMTypeRef t) { return LLVMBuildSExt(b, x, t, ""); }
  public LLVMValueRef zext(LLVMValueRef x, LLVMTypeRef t) { return LLVMBuildZExt(b, x, t, ""); }
  public LLVMValueRef trunc(LLVMValueRef x, LLVMTypeRef t) { return LLVMBuildTrunc(b, x, t, ""); }
  public LLVMValueRef sitofp(LLVMValueRef x, LLVMTypeRef t) { return LLVMBuildSIToFP(b, x, t, ""); }
  public LLVMValueRef fptosi(LLVMValueRef x, LLVMTypeRef t) { return LLVMBuildFPToSI(b, x, t, ""); }
  public LLVMValueRef fpext(LLVMValueRef x) { return LLVMBuildFPExt(b, x, f64, ""); }
  public LLVMValueRef fptrunc(LLVMValueRef x) { return LLVMBuildFPTrunc(b, x, f32, ""); }
  public LLVMValueRef bitcast(LLVMValueRef x, LLVMTypeRef t) { return LLVMBuildBitCast(b, x, t, ""); }
  public LLVMValueRef ptrToInt(LLVMValueRef x) { return LLVMBuildPtrToInt(b, x, i64, ""); }
  public LLVMValueRef intToPtr(LLVMValueRef x) { return LLVMBuildIntToPtr(b, x, ptr, ""); }

  /** An i32 sign-extended to i64, for index arithmetic. */
  public LLVMValueRef idx(LLVMValueRef i32Value) { return sext(i32Value, i64); }

  // ---- memory -------------------------------------------------------------------------------

  /** The address of element {@code index} (i64) of an array of {@code elem} at {@code base}. */
  public LLVMValueRef at(LLVMTypeRef elem, LLVMValueRef base, LLVMValueRef index) {
    return LLVMBuildGEP2(b, elem, base, list(index), 1, "");
  }

  public LLVMValueRef byteOffset(LLVMValueRef base, LLVMValueRef bytes) {
    return at(i8, base, bytes);
  }

  public LLVMValueRef load(LLVMTypeRef t, LLVMValueRef p) {
    LLVMValueRef l = LLVMBuildLoad2(b, t, p, "");
    LLVMSetMetadata(l, noaliasKind, reportScope);
    return l;
  }

  /** A load of {@code t} at {@code p}, which the caller knows to be {@code align}-byte aligned. */
  public LLVMValueRef loadAligned(LLVMTypeRef t, LLVMValueRef p, int align) {
    LLVMValueRef v = load(t, p);
    LLVMSetAlignment(v, align);
    return v;
  }

  public LLVMTypeRef vector(LLVMTypeRef elem, int count) {
    return LLVMVectorType(elem, count);
  }

  /** Element {@code i} of vector {@code v}. */
  public LLVMValueRef extract(LLVMValueRef v, int i) {
    return LLVMBuildExtractElement(b, v, c32(i), "");
  }

  public void store(LLVMValueRef v, LLVMValueRef p) {
    LLVMSetMetadata(LLVMBuildStore(b, v, p), noaliasKind, reportScope);
  }

  public LLVMValueRef loadAt(LLVMTypeRef t, LLVMValueRef base, LLVMValueRef index) {
    return load(t, at(t, base, index));
  }

  public void storeAt(LLVMValueRef v, LLVMValueRef base, LLVMValueRef index) {
    store(v, at(LLVMTypeOf(v), base, index));
  }

  /** A mutable local of type {@code t}, allocated in the entry block so it is promoted to a register. */
  public LLVMValueRef var(LLVMTypeRef t, LLVMValueRef init) {
    LLVMBasicBlockRef entry = LLVMGetEntryBasicBlock(fn);
    LLVMValueRef first = LLVMGetFirstInstruction(entry);
    if (first == null || first.isNull()) LLVMPositionBuilderAtEnd(entryBuilder, entry);
    else LLVMPositionBuilderBefore(entryBuilder, first);
    LLVMValueRef slot = LLVMBuildAlloca(entryBuilder, t, "");
    store(init, slot);
    return slot;
  }

  /** {@code count} uninitialised locals of type {@code t} in a row, allocated in the entry block. */
  public LLVMValueRef array(LLVMTypeRef t, int count) {
    LLVMBasicBlockRef entry = LLVMGetEntryBasicBlock(fn);
    LLVMValueRef first = LLVMGetFirstInstruction(entry);
    if (first == null || first.isNull()) LLVMPositionBuilderAtEnd(entryBuilder, entry);
    else LLVMPositionBuilderBefore(entryBuilder, first);
    return LLVMBuildArrayAlloca(entryBuilder, t, c32(count), "");
  }

  /** Adds {@code !nvvm.annotations} entry ({@code f}, {@code key}, {@code value}): e.g. reqntidx, the threads a block launches with. */
  public void nvvmAnnotation(LLVMValueRef f, String key, int value) {
    LLVMMetadataRef[] md = {LLVMValueAsMetadata(f), LLVMMDStringInContext2(ctx, key, key.length()), LLVMValueAsMetadata(c32(value))};
    LLVMAddNamedMetadataOperand(module, "nvvm.annotations", LLVMMetadataAsValue(ctx, LLVMMDNodeInContext2(ctx, new PointerPointer<>(md), md.length)));
  }

  /**
   * The generic address of an array in address space {@code space} whose size the launch gives (a
   * GPU's dynamic shared memory: {@code extern __shared__}), 16-byte aligned.
   */
  public LLVMValueRef externalArray(String name, int space) {
    return LLVMBuildAddrSpaceCast(b, externalArrayIn(name, space), ptr, "");
  }

  /** What an {@link #externalArrayIn} array starts at a multiple of, in bytes. */
  public static final int ADDRESS_SPACE_ARRAY_ALIGN = 16;

  /**
   * {@link #externalArray} as a pointer of address space {@code space} (declared once): loads
   * through it are that space's (ld.shared), and LLVM knows its alignment, so aligned neighbours
   * load as one vector.
   */
  public LLVMValueRef externalArrayIn(String name, int space) {
    LLVMValueRef g = LLVMGetNamedGlobal(module, name);
    if (g != null && !g.isNull()) return g;
    g = LLVMAddGlobalInAddressSpace(module, LLVMArrayType2(i8, 0), name, space);
    LLVMSetLinkage(g, LLVMExternalLinkage);
    LLVMSetAlignment(g, ADDRESS_SPACE_ARRAY_ALIGN);
    return g;
  }

  /** A load with the given atomic ordering (volatile, so spinning loops re-read memory). */
  public LLVMValueRef atomicLoad(LLVMTypeRef t, LLVMValueRef p, int ordering) {
    LLVMValueRef l = LLVMBuildLoad2(b, t, p, "");
    LLVMSetOrdering(l, ordering);
    LLVMSetAlignment(l, 4);
    LLVMSetVolatile(l, 1);
    return l;
  }

  public LLVMValueRef atomicStore(LLVMValueRef v, LLVMValueRef p, int ordering) {
    LLVMValueRef s = LLVMBuildStore(b, v, p);
    LLVMSetOrdering(s, ordering);
    LLVMSetAlignment(s, 4);
    LLVMSetVolatile(s, 1);
    return s;
  }

  public LLVMValueRef atomicAdd(LLVMValueRef p, LLVMValueRef v, int ordering) {
    return LLVMBuildAtomicRMW(b, LLVMAtomicRMWBinOpAdd, p, v, ordering, 0);
  }

  /**
   * A run-time check's report: {@code code} into {@code word} if it holds 0 (the first report wins),
   * then {@code detail} into {@code detailWord}, both in the report scope ({@link #reportScope}).
   * Relaxed: a report reaches other blocks through the fences of the grid's barriers, and the host
   * after the launch; an ordering stronger than that would make LLVM assume the report touches
   * every address.
   */
  public void report(LLVMValueRef word, LLVMValueRef code, LLVMValueRef detailWord, LLVMValueRef detail) {
    LLVMValueRef cas = LLVMBuildAtomicCmpXchg(b, word, c32(0), code, LLVMAtomicOrderingMonotonic, LLVMAtomicOrderingMonotonic, 0);
    LLVMSetMetadata(cas, aliasScopeKind, reportScope);
    LLVMValueRef s = LLVMBuildStore(b, detail, detailWord);
    LLVMSetOrdering(s, LLVMAtomicOrderingUnordered);
    LLVMSetAlignment(s, 4);
    LLVMSetMetadata(s, aliasScopeKind, reportScope);
  }

  public void fence() {
    LLVMBuildFence(b, LLVMAtomicOrderingSequentiallyConsistent, 0, "");
  }

  /**
   * A sequentially consistent fence among the threads of sync scope {@code scope} only (an LLVM
   * syncscope name such as "device"; "" is the whole system, as {@link #fence()}).
   */
  public void fence(String scope) {
    if (scope.isEmpty()) fence();
    else LLVMBuildFenceSyncScope(b, LLVMAtomicOrderingSequentiallyConsistent, scopeId(scope), "");
  }

  /** {@code atomic} (an atomic load, store or read-modify-write built here) made to order only among {@code scope}'s threads. */
  public LLVMValueRef scoped(LLVMValueRef atomic, String scope) {
    if (!scope.isEmpty()) {
      LLVMSetAtomicSyncScopeID(atomic, scopeId(scope));
      // NVPTX gives a volatile access the system scope whatever its own; an atomic access is read
      // from memory every time anyway
      if (LLVMGetInstructionOpcode(atomic) != LLVMAtomicRMW) LLVMSetVolatile(atomic, 0);
    }
    return atomic;
  }

  private int scopeId(String scope) {
    return LLVMGetSyncScopeID(ctx, scope, scope.length());
  }

  // ---- control flow -------------------------------------------------------------------------

  public LLVMBasicBlockRef block(String name) {
    return LLVMAppendBasicBlockInContext(ctx, fn, name);
  }

  public void br(LLVMBasicBlockRef to) {
    LLVMBuildBr(b, to);
  }

  public void condBr(LLVMValueRef c, LLVMBasicBlockRef t, LLVMBasicBlockRef f) {
    LLVMBuildCondBr(b, c, t, f);
  }

  public void at(LLVMBasicBlockRef bb) {
    LLVMPositionBuilderAtEnd(b, bb);
  }

  /** for (i = lo; i < hi; i += step) body(i), all i64. */
  public void loop(LLVMValueRef lo, LLVMValueRef hi, LLVMValueRef step, Consumer<LLVMValueRef> body) {
    LLVMValueRef iv = var(i64, lo);
    LLVMBasicBlockRef cond = block("loop"), bodyB = block("body"), end = block("done");
    br(cond);
    at(cond);
    LLVMValueRef i = load(i64, iv);
    condBr(slt(i, hi), bodyB, end);
    at(bodyB);
    body.accept(i);
    store(add(i, step), iv);
    br(cond);
    at(end);
  }

  public void loop(LLVMValueRef hi, Consumer<LLVMValueRef> body) {
    loop(c64(0), hi, c64(1), body);
  }

  /** while (cond()) body(); the condition is re-evaluated before every iteration. */
  public void whileLoop(Supplier<LLVMValueRef> cond, Runnable body) {
    LLVMBasicBlockRef head = block("while"), bodyB = block("wbody"), end = block("wdone");
    br(head);
    at(head);
    condBr(cond.get(), bodyB, end);
    at(bodyB);
    body.run();
    br(head);
    at(end);
  }

  public void ifThen(LLVMValueRef c, Runnable then) {
    LLVMBasicBlockRef t = block("then"), end = block("endif");
    condBr(c, t, end);
    at(t);
    then.run();
    brIfOpen(end);
    at(end);
  }

  /** Branches to {@code to} unless the current block already ended (with a return, say). */
  private void brIfOpen(LLVMBasicBlockRef to) {
    LLVMValueRef term = LLVMGetBasicBlockTerminator(LLVMGetInsertBlock(b));
    if (term == null || term.isNull()) br(to);
  }

  public void ifElse(LLVMValueRef c, Runnable then, Runnable otherwise) {
    LLVMBasicBlockRef t = block("then"), e = block("else"), end = block("endif");
    condBr(c, t, e);
    at(t);
    then.run();
    brIfOpen(end);
    at(e);
    otherwise.run();
    brIfOpen(end);
    at(end);
  }

  /** The value of {@code then} or {@code otherwise} (each computed only on its branch). */
  public LLVMValueRef choose(LLVMValueRef c, LLVMTypeRef t, Supplier<LLVMValueRef> then, Supplier<LLVMValueRef> otherwise) {
    LLVMValueRef out = var(t, LLVMGetUndef(t));
    ifElse(c, () -> store(then.get(), out), () -> store(otherwise.get(), out));
    return load(t, out);
  }

  /** The module as LLVM assembly text. */
  public String text() {
    var p = LLVMPrintModuleToString(module);
    String s = p.getString();
    LLVMDisposeMessage(p);
    return s;
  }
}
