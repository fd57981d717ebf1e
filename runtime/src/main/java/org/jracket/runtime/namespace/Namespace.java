package org.jracket.runtime.namespace;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.jracket.kernel.syscall.FileStat;
import org.jracket.runtime.data.MString;
import org.jracket.runtime.data.Pair;
import org.jracket.runtime.data.Symbol;
import org.jracket.runtime.data.VoidValue;
import org.jracket.runtime.eval.Parameter;
import org.jracket.runtime.eval.Variable;
import org.jracket.runtime.exn.Errors;
import org.jracket.runtime.exn.ExnTypes;
import org.jracket.runtime.expand.ExpansionSession;
import org.jracket.runtime.expand.ModuleExpander;
import org.jracket.runtime.expand.SyntaxErrors;
import org.jracket.runtime.expand.TopLevelExpander;
import org.jracket.runtime.module.DeclarationCache;
import org.jracket.runtime.module.InstanceRegistry;
import org.jracket.runtime.module.ModuleDeclaration;
import org.jracket.runtime.module.ModuleFiles;
import org.jracket.runtime.module.ModuleInstance;
import org.jracket.runtime.module.ModuleName;
import org.jracket.runtime.module.ModulePathResolver;
import org.jracket.runtime.module.compiled.CompiledModules;
import org.jracket.runtime.module.PrimitiveModules;
import org.jracket.runtime.module.Require;
import org.jracket.runtime.syntax.MultiScope;
import org.jracket.runtime.syntax.Phase;
import org.jracket.runtime.syntax.SrcLoc;
import org.jracket.runtime.syntax.Syntax;

/**
 * A namespace: the module registry (declarations, shared host-wide, plus this namespace's
 * instances) and the top level (variables and syntax of REPL/eval/load). One per place;
 * not thread-safe beyond that.
 *
 * <p>The API the command line uses:
 * <ul>
 *   <li>{@link #makeBase()} / {@link #makeBase(String)}: a namespace with {@code racket/base}
 *       attached and required at the top level.</li>
 *   <li>{@link #requireModule(Object)}: declares (loading the file if needed) and instantiates
 *       a module, e.g. {@code requireModule("/path/main.rkt")} or a module path datum such as
 *       {@code Symbol.of("racket/base")}; runs its body.</li>
 *   <li>{@link #runMainSubmodule(String)}: instantiates the {@code main} submodule of a file
 *       module if it declares one (never {@code test}).</li>
 *   <li>{@link #evalTopLevel(Object)}: expands and evaluates a top-level form (syntax or
 *       datum); returns its value(s).</li>
 *   <li>{@link #loadFile(String)}: reads every form of a file and evaluates each at the top
 *       level; returns the last value.</li>
 *   <li>{@link #expand(Object)}: the fully expanded syntax of a top-level form.</li>
 * </ul>
 * {@link #CURRENT} is the {@code current-namespace} parameter.
 */
public final class Namespace implements InstanceRegistry {
    /** current-namespace */
    public static final Parameter CURRENT = new Parameter("current-namespace", null, null);

    /** The module registry (shared with the namespaces made by {@link #withSharedRegistry}). */
    private final Map<ModuleName, ModuleDeclaration> declarations;
    private final Map<ModuleName, Map<Integer, ModuleInstance>> instances;
    private final MultiScope topScope = new MultiScope("top-level");
    private final Map<Integer, Map<Symbol, Variable>> topVariables = new HashMap<>();
    private final Map<Integer, Map<Symbol, Object>> topSyntax = new HashMap<>();
    private final LinkedHashSet<Require> topRequires = new LinkedHashSet<>();
    private final ModulePathResolver resolver;
    private final ModuleFiles files;
    private final Deque<String> loading = new ArrayDeque<>();

    public static final String DEFAULT_COLLECTS = "/collects";

    public Namespace() { this(DEFAULT_COLLECTS, ModuleFiles.KERNEL); }

    public Namespace(String collectsRoot, ModuleFiles files) {
        this.resolver = new ModulePathResolver(collectsRoot);
        this.files = files;
        this.declarations = new HashMap<>();
        this.instances = new HashMap<>();
    }

    /** A namespace with an empty top level over the module registry of registryOwner. */
    private Namespace(Namespace registryOwner) {
        this.resolver = registryOwner.resolver;
        this.files = registryOwner.files;
        this.declarations = registryOwner.declarations;
        this.instances = registryOwner.instances;
    }

    /** A namespace that shares this one's modules (declarations and instances), with an empty top level. */
    public Namespace withSharedRegistry() { return new Namespace(this); }

    /** Where this namespace's own top-level variables live, for "in module:" in errors. */
    private String topHome = "top-level";

    /** The top level inside a module (module->namespace): its new variables belong to the module. */
    void setTopHome(String home) { topHome = home; }

    /** Makes sym at phase a top-level variable of this namespace that is v (module->namespace). */
    void bindTopVariable(int phase, Symbol sym, Variable v) {
        topVariables.computeIfAbsent(phase, p -> new HashMap<>()).put(sym, v);
    }

    /** The declared module whose phase-0 body is linklet, or null (a top-level variable reference). */
    public ModuleDeclaration declarationWithBody(Object linklet) {
        for (ModuleDeclaration d : declarations.values()) {
            var body = d.bodies().get(0);
            if (body != null && body.linklet == linklet) return d;
        }
        return null;
    }

    /** A namespace with racket/base required at the top level (make-base-namespace). */
    public static Namespace makeBase() { return makeBase(DEFAULT_COLLECTS); }

    public static Namespace makeBase(String collectsRoot) {
        Namespace ns = new Namespace(collectsRoot, ModuleFiles.KERNEL);
        ns.namespaceRequire(Symbol.of("racket/base"));
        return ns;
    }

    /** The current namespace (creating an empty one for a place that has none yet). */
    public static Namespace current() {
        Object v = CURRENT.get();
        if (v instanceof Namespace ns) return ns;
        Namespace ns = new Namespace();
        CURRENT.set(ns);
        return ns;
    }

    // ---- registry --------------------------------------------------------------------------

    public ModulePathResolver resolver() { return resolver; }

    public ModuleFiles files() { return files; }

    public MultiScope topScope() { return topScope; }

    public ModuleDeclaration declaration(ModuleName name) { return declarations.get(name); }

    public boolean isDeclared(ModuleName name) { return PrimitiveModules.isPrimitive(name) || declarations.containsKey(name); }

    /** Declares d and its submodules in this namespace (re-declaring replaces; instances are dropped). */
    public void declare(ModuleDeclaration d) {
        ModuleDeclaration old = declarations.put(d.name(), d);
        if (old != null && old != d) instances.remove(d.name());
        for (ModuleDeclaration s : d.preSubmodules().values()) declare(s);
        for (ModuleDeclaration s : d.postSubmodules().values()) declare(s);
    }

    @Override public ModuleInstance instance(ModuleName name, int shift) {
        Map<Integer, ModuleInstance> byShift = instances.computeIfAbsent(name, n -> new HashMap<>());
        ModuleInstance i = byShift.get(shift);
        if (i == null) {
            ModuleDeclaration d = declarations.get(name);
            if (d == null) throw Errors.fail("instantiate: unknown module\n  module name: " + name.describe());
            i = new ModuleInstance(d, shift, this);
            byShift.put(shift, i);
        }
        return i;
    }

    public String currentDirectory() {
        try {
            String cwd = org.jracket.runtime.io.KernelAccess.syscalls().getcwd();
            return cwd == null ? "/" : cwd;
        } catch (RuntimeException e) {
            return "/";
        }
    }

    /** Declares name (loading its file) if it is not declared yet; stx locates errors. */
    public void ensureDeclared(ModuleName name, Syntax stx) { ensureDeclared(name, stx, null); }

    /**
     * As above; {@code requested} is the module path as given to an operation with no require
     * form (dynamic-require): its errors name it as written and are filesystem errors, as Racket's.
     */
    private void ensureDeclared(ModuleName name, Syntax stx, Object requested) {
        if (isDeclared(name)) return;
        if (!(name.root() instanceof String path)) {
            throw SyntaxErrors.raiseTyped(ExnTypes.SYNTAX_MISSING_MODULE, "require",
                    "unknown module\n  module name: " + name.describe(), null, null, "");
        }
        ModuleName top = name.top();
        if (!declarations.containsKey(top)) loadFile(path, stx, requested);
        if (!declarations.containsKey(name)) {
            throw Errors.fail("require: unknown module\n  module name: " + name.describe());
        }
    }

    private void loadFile(String path, Syntax stx, Object requested) {
        if (loading.contains(path)) {
            StringBuilder sb = new StringBuilder("standard-module-name-resolver: cycle in loading\n  at path: ")
                    .append(path).append("\n  paths:");
            List<String> chain = new ArrayList<>(loading);
            java.util.Collections.reverse(chain);
            for (String p : chain) sb.append("\n   ").append(p);
            throw Errors.fail(sb.toString());
        }
        FileStat st = files.stat(path);
        if (st == null) throw missingFile(path, stx, requested);
        ModuleDeclaration d = DeclarationCache.get(path, st.modifiedMillis(), () -> {
            loading.push(path);
            try {
                ModuleDeclaration c = CompiledModules.load(path, files, this::declareDependency, this::prefetch);
                if (c != null) return c;
            } finally {
                loading.pop();
            }
            String text;
            try {
                text = files.read(path);
            } catch (ModuleFiles.Missing m) {
                throw missingFile(path, stx, requested);
            }
            loading.push(path);
            try {
                Syntax form = SourceReader.current().readModule(text, path);
                org.jracket.runtime.module.compiled.StartupProfile.note("read", path);
                ModuleDeclaration e = ModuleExpander.expandModule(form, ModuleName.of(path), new ExpansionSession(this));
                org.jracket.runtime.module.compiled.StartupProfile.note("expanded", path);
                return e;
            } finally {
                loading.pop();
            }
        });
        declareWithDependencies(d);
    }

    /** The helper that loads compiled dependencies ahead (made at the first; null with one vCPU). */
    private DependencyPrefetch prefetch;
    private boolean prefetchChecked;

    private void prefetch(List<String> paths) {
        if (!prefetchChecked) {
            prefetchChecked = true;
            prefetch = DependencyPrefetch.forCurrentPlace(files);
        }
        if (prefetch != null) prefetch.request(paths);
    }

    /** A compiled module's dependency: declared in this namespace (loading it) and returned. */
    private ModuleDeclaration declareDependency(ModuleName name) {
        ensureDeclared(name, null);
        return declarations.get(name);
    }

    /** Declares a (possibly cached) declaration and, first, everything it requires. */
    private void declareWithDependencies(ModuleDeclaration d) {
        if (declarations.get(d.name()) == d) return;
        for (Require r : d.requires()) {
            ModuleName m = r.module();
            if (PrimitiveModules.isPrimitive(m) || m.top().equals(d.name().top())) continue;
            if (!isDeclared(m)) ensureDeclared(m, null);
        }
        declare(d);
        for (ModuleDeclaration s : d.preSubmodules().values()) declareWithDependencies(s);
        for (ModuleDeclaration s : d.postSubmodules().values()) declareWithDependencies(s);
    }

    private RuntimeException missingFile(String path, Syntax stx, Object requested) {
        if (requested == null && stx != null && stx == requestedSpec) return missingFile(path, null, Syntax.toDatum(stx));
        // the require's location, else the name of the operation that failed, as racket shows it
        String where = stx == null ? "" : SyntaxErrors.locationPrefix(stx.loc);
        Object datum = stx == null ? requested : Syntax.toDatum(stx);
        var type = requested != null ? ExnTypes.FILESYSTEM_MISSING_MODULE : ExnTypes.SYNTAX_MISSING_MODULE;
        // a collection path shows as written; a file path as resolved
        boolean collectionPath = datum instanceof Symbol
                || (datum instanceof Pair p && p.car instanceof Symbol h && h.name.equals("lib"));
        String mp = collectionPath ? org.jracket.runtime.print.Printer.toDisplayString(datum) : path;
        Object exprs = stx == null ? org.jracket.runtime.data.Null.NULL
                : Pair.list(stx.withContent(new org.jracket.runtime.io.Path(path)));
        String root = resolver.collectsRoot() + "/";
        if (collectionPath && path.startsWith(root)) {
            String rel = path.substring(root.length());
            String collection = rel.lastIndexOf('/') < 0 ? rel : rel.substring(0, rel.lastIndexOf('/'));
            if (files.stat(root + collection) == null) {
                return Errors.raise(type,
                        (where.isEmpty() ? "standard-module-name-resolver: " : where) + "collection not found\n  for module path: "
                                + mp + "\n  collection: \"" + collection + "\"\n  in collection directories:\n   "
                                + resolver.collectsRoot(), missingFields(requested, exprs, collectionPath ? datum : new org.jracket.runtime.io.Path(path)));
            }
        }
        return Errors.raise(type, (where.isEmpty() ? "open-input-file: " : where)
                + "cannot open module file\n  module path: " + mp
                + "\n  path: " + path + "\n  system error: no such file or directory; rkt_err=3", missingFields(requested, exprs, collectionPath ? datum : new org.jracket.runtime.io.Path(path)));
    }

    /**
     * The fields after the message: exn:fail:syntax's exprs (a require form's case), then the
     * module path (a collection's as written, a file's as its path).
     */
    private static Object[] missingFields(Object requested, Object exprs, Object modulePath) {
        return requested != null ? new Object[] {modulePath} : new Object[] {exprs, modulePath};
    }

    // ---- top level -------------------------------------------------------------------------

    public Variable topVariable(int phase, Symbol sym) {
        return topVariables.computeIfAbsent(phase, p -> new HashMap<>()).computeIfAbsent(sym, s -> new Variable(s, topHome));
    }

    public Object topLevelSyntax(int phase, Symbol sym) {
        Map<Symbol, Object> m = topSyntax.get(phase);
        return m == null ? null : m.get(sym);
    }

    public void setTopLevelSyntax(int phase, Symbol sym, Object value) {
        topSyntax.computeIfAbsent(phase, p -> new HashMap<>()).put(sym, value);
        Map<Symbol, Variable> vars = topVariables.get(phase);
        if (vars != null) vars.remove(sym);
    }

    public void clearTopLevelSyntax(int phase, Symbol sym) {
        Map<Symbol, Object> m = topSyntax.get(phase);
        if (m != null) m.remove(sym);
    }

    public void addTopRequire(Require r) { topRequires.add(r); }

    /** Makes the top level's required modules available at phase (for compile-time code). */
    public void prepareTopLevel(int phase) {
        for (Require r : new ArrayList<>(topRequires)) {
            if (r.level() == Phase.LABEL || PrimitiveModules.isPrimitive(r.module())) continue;
            instance(r.module(), r.level()).run(phase - r.level());
        }
    }

    /** Gives a datum or syntax the top-level context of this namespace. */
    public Syntax withTopContext(Object form) {
        Syntax s = form instanceof Syntax x ? x : Syntax.fromDatum(null, form, SrcLoc.NONE, null);
        return s.hasMultiScope(topScope) ? s : s.addMultiScope(topScope);
    }

    // ---- the API ---------------------------------------------------------------------------

    /** namespace-require: imports into the top level and instantiates at phase 0. */
    public void namespaceRequire(Object spec) {
        // The head is the kernel's #%require whatever the namespace binds (it may bind nothing).
        Syntax specStx = withTopContext(spec);
        Syntax form = specStx.withContent(Pair.list(org.jracket.runtime.expand.CoreScope.id("#%require"), specStx));
        Syntax outer = requestedSpec;
        requestedSpec = specStx;
        try {
            TopLevelExpander.eval(form, this);
        } finally {
            requestedSpec = outer;
        }
    }

    /**
     * The module path namespace-require is requiring (null otherwise): if its file is missing,
     * the error is the filesystem one, as for dynamic-require, not a require form's syntax error.
     */
    private Syntax requestedSpec;

    /** Declares and instantiates (runs) a module given by path string or module path datum. */
    public ModuleName requireModule(Object modulePath) {
        Object mp = modulePath instanceof String s ? MString.immutable(s) : modulePath;
        if (modulePath instanceof String s && s.startsWith("/")) mp = Pair.list(Symbol.of("file"), MString.immutable(s));
        ModuleName name = resolver.resolve(mp, null, currentDirectory(), n -> false);
        ensureDeclared(name, null);
        instantiate(name);
        return name;
    }

    /** Runs phase 0 of a declared module (and what it requires). */
    public void instantiate(ModuleName name) {
        if (PrimitiveModules.isPrimitive(name)) return;
        instance(name, 0).run(0);
    }

    /** Runs the main submodule of a file module, if it has one. Returns whether it did. */
    public boolean runMainSubmodule(String path) {
        ModuleName top = resolver.resolve(Pair.list(Symbol.of("file"), MString.immutable(path)), null, currentDirectory(), n -> false);
        ModuleName main = top.sub(Symbol.of("main"));
        if (!declarations.containsKey(main)) return false;
        instantiate(main);
        return true;
    }

    /** Expands and evaluates one top-level form; returns its result (possibly MultipleValues). */
    public Object evalTopLevel(Object form) {
        return TopLevelExpander.eval(withTopContext(form), this);
    }

    /** The fully expanded form (expand). */
    public Syntax expand(Object form) {
        return TopLevelExpander.expand(withTopContext(form), this);
    }

    /** load: evaluates every form of a file at the top level. */
    public Object loadFile(String path) {
        String text;
        try {
            text = files.read(path);
        } catch (ModuleFiles.Missing m) {
            throw Errors.raise(ExnTypes.FILESYSTEM_ERRNO, "load: cannot open input file\n  path: " + path
                    + "\n  system error: " + m.errno.message() + "; errno=" + m.errno.code,
                    Pair.list(Long.valueOf(m.errno.code), Symbol.of("posix")));
        }
        Object result = VoidValue.VOID;
        for (Syntax f : SourceReader.current().readAll(text, path)) result = evalTopLevel(f);
        return result;
    }

    /** dynamic-require: instantiates mod and returns the value of the provided name (or void for #f). */
    public Object dynamicRequire(Object modulePath, Object name) {
        ModuleName mn = resolve("dynamic-require", modulePath);
        ensureDeclared(mn, null, modulePath);
        instantiate(mn);
        if (name == Boolean.FALSE || name == VoidValue.VOID) return VoidValue.VOID;
        Symbol sym = (Symbol) name;
        if (PrimitiveModules.isPrimitive(mn)) return PrimitiveModules.table(mn).get(sym.name);
        ModuleDeclaration d = declarations.get(mn);
        var b = d.provides().getOrDefault(0, Map.of()).get(sym);
        if (b == null) {
            throw Errors.raise(ExnTypes.CONTRACT, "dynamic-require: name is not provided\n  name: " + sym.name
                    + "\n  module: " + mn.describe());
        }
        ModuleName defining = (ModuleName) b.module();
        if (PrimitiveModules.isPrimitive(defining)) return PrimitiveModules.table(defining).get(b.sym().name);
        ModuleDeclaration dd = declarations.get(defining);
        if (dd != null && dd.isSyntax(b.phase(), b.sym())) return instance(defining, -b.phase()).transformer(b.phase(), b.sym());
        ModuleInstance inst = instance(defining, -b.phase());
        inst.run(b.phase());
        return inst.variable(b.phase(), b.sym()).value;
    }

    /** namespace-variable-value for a top-level variable. */
    public Object variableValue(Symbol sym) {
        Variable v = topVariables.getOrDefault(0, Map.of()).get(sym);
        return v == null ? null : v.value;
    }

    /** The module a module path names here (who's contract error when it is not one). */
    private ModuleName resolve(String who, Object modulePath) {
        try {
            return modulePath instanceof ModuleName m ? m : resolver.resolve(modulePath, null, currentDirectory(), n -> false);
        } catch (ModulePathResolver.BadPath e) {
            throw Errors.contract(who, "(or/c module-path? module-path-index? resolved-module-path?)", modulePath);
        }
    }

    /** module->namespace: the top level inside an instantiated module (declaring it if needed). */
    public Namespace moduleNamespace(Object modulePath) {
        ModuleName mn = resolve("module->namespace", modulePath);
        ensureDeclared(mn, null);
        Map<Integer, ModuleInstance> byShift = instances.get(mn);
        ModuleInstance inst = byShift == null ? null : byShift.get(0);
        if (PrimitiveModules.isPrimitive(mn) || inst == null || !inst.hasRun(0)) {
            throw Errors.contractFail("module->namespace: module not instantiated in the current namespace\n  name: #<resolved-module-path:"
                + mn.written() + ">");
        }
        return ModuleNamespace.of(this, declarations.get(mn));
    }

    public boolean isModuleDeclared(Object modulePath, boolean load) {
        try {
            ModuleName mn = resolver.resolve(modulePath, null, currentDirectory(), n -> false);
            if (load) ensureDeclared(mn, null);
            return isDeclared(mn);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
