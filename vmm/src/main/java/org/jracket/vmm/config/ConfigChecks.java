package org.jracket.vmm.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jracket.kernel.KernelConfig;

/**
 * The rules a schema cannot state, checked on the validated element tree, each fault reported
 * at its element's line: memory bounds, kernel limits that must fit in the guest's memory, init
 * arguments, guest paths, host files to pack.
 */
final class ConfigChecks {
    /** Below this a guest cannot even load racket/base. */
    static final long MIN_MEMORY = 16 * Size.MB;
    static final long MIN_SCROLLBACK = Size.KB, MAX_SCROLLBACK = 16 * Size.MB;
    static final long MIN_STACK = 64 * Size.KB, MAX_STACK = Size.GB;
    /** Guest paths the kernel owns; nothing may be placed or mounted there. */
    static final List<String> RESERVED = List.of("/proc", "/dev");

    private final String source;
    private final Path baseDir;
    private final ConfigReader.HostChecks checks;

    ConfigChecks(String source, Path baseDir, ConfigReader.HostChecks checks) {
        this.source = source;
        this.baseDir = baseDir == null ? Path.of("").toAbsolutePath() : baseDir;
        this.checks = checks;
    }

    GuestConfig toConfig(XmlElement vm) throws ConfigException {
        XmlElement memory = vm.child("memory");
        long memoryBytes = size(memory, "size");
        if (memoryBytes < MIN_MEMORY)
            throw fault(memory, "memory size " + Size.format(memoryBytes) + " is too small (expected at least " + Size.format(MIN_MEMORY) + ")");
        int cores = Integer.parseInt(vm.child("cores").attr("count"));
        XmlElement boot = vm.child("boot");
        return new GuestConfig(vm.attr("name"), memoryBytes, cores, console(vm.child("devices").child("console")),
                collections(boot.child("collections")), files(boot.child("files")), init(boot.child("init")),
                limits(vm.child("limits"), memoryBytes, memory), mounts(vm.child("mounts")), env(vm.child("env")));
    }

    private GuestConfig.ConsoleDevice console(XmlElement c) throws ConfigException {
        long scrollback = c.attr("scrollback") == null ? 64 * Size.KB : size(c, "scrollback");
        if (scrollback < MIN_SCROLLBACK || scrollback > MAX_SCROLLBACK)
            throw fault(c, "console scrollback " + Size.format(scrollback) + " is out of range (expected "
                    + Size.format(MIN_SCROLLBACK) + " to " + Size.format(MAX_SCROLLBACK) + ")");
        return new GuestConfig.ConsoleDevice(c.attr("id"), c.attr("stream"), scrollback);
    }

    private GuestConfig.Collections collections(XmlElement c) throws ConfigException {
        String root = guestPath(c, c.attr("root") == null ? "/collects" : c.attr("root"), "root");
        String src = c.attr("source");
        if (src.equals("builtin")) return new GuestConfig.Collections(null, root);
        Path dir = baseDir.resolve(src).normalize();
        if (checks == ConfigReader.HostChecks.FILES_TO_PACK && !Files.isDirectory(dir))
            throw fault(c, "collections source " + dir + " is not a directory (expected \"builtin\" or a directory of Racket collections)");
        return new GuestConfig.Collections(dir, root);
    }

    private List<GuestConfig.ProgramFile> files(XmlElement files) throws ConfigException {
        List<GuestConfig.ProgramFile> r = new ArrayList<>();
        if (files == null) return r;
        Set<String> dests = new HashSet<>();
        for (XmlElement f : files.children("file")) {
            String dest = guestPath(f, f.attr("dest"), "dest");
            if (!dests.add(dest)) throw fault(f, "dest " + dest + " is given twice (expected each guest path once)");
            Path src = baseDir.resolve(f.attr("src")).normalize();
            if (checks == ConfigReader.HostChecks.FILES_TO_PACK && !Files.isReadable(src))
                throw fault(f, "file src " + src + " does not exist or is not readable (expected a file or directory to pack)");
            r.add(new GuestConfig.ProgramFile(src, dest));
        }
        return List.copyOf(r);
    }

    private GuestConfig.InitTask init(XmlElement init) throws ConfigException {
        List<XmlElement> argElements = init.children("arg");
        List<String> args = new ArrayList<>();
        for (XmlElement a : argElements) args.add(a.text.toString().trim());
        String cwd = guestPath(init, init.attr("cwd") == null ? "/" : init.attr("cwd"), "cwd");
        try {
            return new GuestConfig.InitTask(List.copyOf(args), cwd, InitCommandLine.parse(args));
        } catch (InitCommandLine.BadArgument e) {
            throw fault(argElements.get(Math.min(e.index, argElements.size() - 1)), e.getMessage());
        }
    }

    private GuestConfig.KernelLimits limits(XmlElement l, long memoryBytes, XmlElement memory) throws ConfigException {
        KernelConfig d = KernelConfig.defaults();
        long pool = Math.min(d.kernelPoolBytes(), memoryBytes), heap = Math.min(d.taskHeapBytes(), memoryBytes);
        long stack = d.taskStackBytes(), file = d.maxFileBytes();
        XmlElement at = l == null ? memory : l;
        if (l != null) {
            if (l.attr("kernel-pool") != null) pool = size(l, "kernel-pool");
            if (l.attr("task-heap") != null) heap = size(l, "task-heap");
            if (l.attr("task-stack") != null) stack = size(l, "task-stack");
            if (l.attr("max-file") != null) file = size(l, "max-file");
        }
        if (pool > memoryBytes)
            throw fault(at, "kernel-pool " + Size.format(pool) + " does not fit in memory " + Size.format(memoryBytes) + " (expected at most the guest's memory)");
        if (heap > memoryBytes)
            throw fault(at, "task-heap " + Size.format(heap) + " does not fit in memory " + Size.format(memoryBytes) + " (expected at most the guest's memory)");
        if (file > pool)
            throw fault(at, "max-file " + Size.format(file) + " is larger than kernel-pool " + Size.format(pool) + " (expected at most the pool)");
        if (stack < MIN_STACK || stack > MAX_STACK)
            throw fault(at, "task-stack " + Size.format(stack) + " is out of range (expected " + Size.format(MIN_STACK) + " to " + Size.format(MAX_STACK) + ")");
        return new GuestConfig.KernelLimits(heap, stack, file, pool);
    }

    private List<GuestConfig.HostMount> mounts(XmlElement mounts) throws ConfigException {
        List<GuestConfig.HostMount> r = new ArrayList<>();
        if (mounts == null) return r;
        Set<String> dests = new HashSet<>();
        for (XmlElement m : mounts.children("host")) {
            String dest = guestPath(m, m.attr("dest"), "dest");
            if (!dests.add(dest)) throw fault(m, "mount point " + dest + " is given twice");
            r.add(new GuestConfig.HostMount(baseDir.resolve(m.attr("src")).normalize(), dest, Boolean.parseBoolean(m.attr("writable"))));
        }
        return List.copyOf(r);
    }

    private Map<String, String> env(XmlElement env) throws ConfigException {
        Map<String, String> r = new LinkedHashMap<>();
        if (env == null) return r;
        for (XmlElement v : env.children("var"))
            if (r.put(v.attr("name"), v.attr("value")) != null) throw fault(v, "variable " + v.attr("name") + " is set twice");
        return r;
    }

    /** Absolute, no "." or ".." or empty parts, not in the kernel's own trees. */
    private String guestPath(XmlElement e, String p, String attr) throws ConfigException {
        String body = p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
        if (!body.equals("/"))
            for (String part : body.substring(1).split("/", -1))
                if (part.isEmpty() || part.equals(".") || part.equals(".."))
                    throw fault(e, attr + " '" + p + "' is not a plain absolute guest path (expected no empty, '.' or '..' parts)");
        for (String r : RESERVED)
            if (body.equals(r) || body.startsWith(r + "/"))
                throw fault(e, attr + " '" + p + "' is inside " + r + ", which the guest kernel provides (expected another path)");
        return body;
    }

    private long size(XmlElement e, String attr) throws ConfigException {
        try {
            return Size.parse(e.attr(attr));
        } catch (IllegalArgumentException x) {
            throw fault(e, attr + ": " + x.getMessage());
        }
    }

    private ConfigException fault(XmlElement e, String message) {
        return new ConfigException(source, e.line, e.column, "<" + e.name + ">: " + message);
    }
}
