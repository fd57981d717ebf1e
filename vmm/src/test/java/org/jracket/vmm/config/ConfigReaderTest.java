package org.jracket.vmm.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ConfigReaderTest {
    static final Path EXAMPLES = Path.of("..", "examples").toAbsolutePath().normalize();

    /** A valid config with one part replaced. */
    static String vm(String memory, String cores, String devices, String boot, String rest) {
        return "<?xml version=\"1.0\"?>\n<vm name=\"t\">\n" + memory + "\n" + cores + "\n" + devices + "\n" + boot + "\n" + rest + "\n</vm>\n";
    }

    static final String MEM = "<memory size=\"256MB\"/>", CORES = "<cores count=\"2\"/>",
            DEV = "<devices><console id=\"serial0\" stream=\"s1\"/></devices>",
            BOOT = "<boot><collections source=\"builtin\"/><init><arg>-i</arg></init></boot>";

    static String with(String memory, String cores, String devices, String boot) { return vm(memory, cores, devices, boot, ""); }

    static String withRest(String rest) { return vm(MEM, CORES, DEV, BOOT, rest); }

    static String withBoot(String boot) { return vm(MEM, CORES, DEV, boot, ""); }

    record Broken(String what, String xml, int line, String expected) {
        @Override public String toString() { return what; }
    }

    static Stream<Broken> broken() {
        return Stream.of(
            new Broken("not XML", "hello", 1, "Content is not allowed in prolog"),
            new Broken("unclosed element", "<vm name=\"t\"><memory size=\"1MB\">", 1, "XML document structures must start and end"),
            new Broken("wrong root", "<machine/>", 1, "Cannot find the declaration of element 'machine'"),
            new Broken("missing name", "<vm><memory size=\"64MB\"/></vm>", 1, "Attribute 'name' must appear on element 'vm'"),
            new Broken("bad name", vm(MEM, CORES, DEV, BOOT, "").replace("name=\"t\"", "name=\"Big Name\""), 2, "pattern"),
            new Broken("missing memory", with("", CORES, DEV, BOOT), 4, "'{memory}' is expected"),
            new Broken("size without unit", with("<memory size=\"256\"/>", CORES, DEV, BOOT), 3, "is not facet-valid with respect to pattern"),
            new Broken("size with unknown unit", with("<memory size=\"2TB\"/>", CORES, DEV, BOOT), 3, "pattern"),
            new Broken("memory too small", with("<memory size=\"1MB\"/>", CORES, DEV, BOOT), 3, "is too small (expected at least 16MB)"),
            new Broken("zero cores", with(MEM, "<cores count=\"0\"/>", DEV, BOOT), 4, "minInclusive"),
            new Broken("cores not a number", with(MEM, "<cores count=\"two\"/>", DEV, BOOT), 4, "not a valid value for 'integer'"),
            new Broken("elements out of order", with(CORES, MEM, DEV, BOOT), 3, "'{memory}' is expected"),
            new Broken("no console", with(MEM, CORES, "<devices/>", BOOT), 5, "'{console}' is expected"),
            new Broken("console without stream", with(MEM, CORES, "<devices><console id=\"c\"/></devices>", BOOT), 5, "Attribute 'stream' must appear"),
            new Broken("scrollback too big", with(MEM, CORES, "<devices><console id=\"c\" stream=\"s\" scrollback=\"1GB\"/></devices>", BOOT), 5, "scrollback 1GB is out of range"),
            new Broken("unknown element", withRest("<network/>"), 7, "Invalid content was found starting with element 'network'"),
            new Broken("unknown attribute", with(MEM, "<cores count=\"1\" threads=\"2\"/>", DEV, BOOT), 4, "Attribute 'threads' is not allowed"),
            new Broken("no init", withBoot("<boot><collections source=\"builtin\"/></boot>"), 6, "'{files, init}' is expected"),
            new Broken("unknown init flag", withBoot("<boot><collections source=\"builtin\"/><init><arg>--turbo</arg></init></boot>"), 6, "unknown init flag '--turbo'"),
            new Broken("init flag without value", withBoot("<boot><collections source=\"builtin\"/><init><arg>-e</arg></init></boot>"), 6, "needs a value"),
            new Broken("relative dest", withBoot("<boot><collections source=\"builtin\"/><files><file src=\"a\" dest=\"x.rkt\"/></files><init/></boot>"), 6, "pattern"),
            new Broken("dest with ..", withBoot("<boot><collections source=\"builtin\"/><files><file src=\"a\" dest=\"/a/../x.rkt\"/></files><init/></boot>"), 6, "not a plain absolute guest path"),
            new Broken("dest in /proc", withBoot("<boot><collections source=\"builtin\"/><files><file src=\"a\" dest=\"/proc/x\"/></files><init/></boot>"), 6, "inside /proc"),
            new Broken("missing program file", withBoot("<boot><collections source=\"builtin\"/><files><file src=\"nope.rkt\" dest=\"/x.rkt\"/></files><init/></boot>"), 6, "does not exist"),
            new Broken("missing collections dir", withBoot("<boot><collections source=\"no-such-dir\"/><init/></boot>"), 6, "is not a directory"),
            new Broken("kernel pool above memory", withRest("<limits kernel-pool=\"1GB\"/>"), 7, "kernel-pool 1GB does not fit in memory 256MB"),
            new Broken("max file above pool", withRest("<limits kernel-pool=\"16MB\" max-file=\"32MB\"/>"), 7, "max-file 32MB is larger than kernel-pool 16MB"),
            new Broken("tiny stack", withRest("<limits task-stack=\"1KB\"/>"), 7, "task-stack 1KB is out of range"),
            new Broken("mount twice", withRest("<mounts><host src=\"/tmp\" dest=\"/m\"/><host src=\"/\" dest=\"/m\"/></mounts>"), 7, "mount point /m is given twice"),
            new Broken("writable not boolean", withRest("<mounts><host src=\"/tmp\" dest=\"/m\" writable=\"yes\"/></mounts>"), 7, "boolean"),
            new Broken("bad env name", withRest("<env><var name=\"1X\" value=\"v\"/></env>"), 7, "pattern"),
            new Broken("doctype refused", "<!DOCTYPE vm [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><vm name=\"t\">&x;</vm>", 1, "DOCTYPE is disallowed"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("broken")
    void brokenConfigsAreRejectedWithFileLineAndExpectation(Broken b, @TempDir Path dir) throws Exception {
        Path f = dir.resolve("guest.xml");
        Files.writeString(f, b.xml());
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigReader.readFile(f));
        String m = e.getMessage();
        assertTrue(m.startsWith(f + ":" + b.line() + ":"), "position in: " + m);
        assertTrue(m.contains(b.expected()), "expected '" + b.expected() + "' in: " + m);
    }

    @Test
    void emptyAndMissingFiles(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("empty.xml");
        Files.writeString(f, "  \n");
        assertTrue(assertThrows(ConfigException.class, () -> ConfigReader.readFile(f)).getMessage().contains("config is empty"));
        Path missing = dir.resolve("missing.xml");
        assertEquals(missing + ": cannot read config: no such file",
                assertThrows(ConfigException.class, () -> ConfigReader.readFile(missing)).getMessage());
    }

    @Test
    void everyExampleIsValid() throws Exception {
        List<Path> examples;
        try (Stream<Path> s = Files.list(EXAMPLES)) {
            examples = s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
        assertTrue(examples.size() >= 4, "examples found: " + examples);
        for (Path p : examples) {
            GuestConfig c = ConfigReader.readFile(p);
            assertEquals(p.getFileName().toString().replace(".xml", ""), c.name());
        }
    }

    @Test
    void seedConfigMeansWhatItSays() throws Exception {
        GuestConfig c = ConfigReader.readFile(EXAMPLES.resolve("test2.xml"));
        assertEquals(1536 * Size.MB, c.memoryBytes());
        assertEquals(2, c.cores());
        assertEquals("stream1", c.console().stream());
        assertTrue(c.collections().builtin());
        assertTrue(c.init().commandLine().expandBlob());
        assertEquals(List.of(new InitCommandLine.RequireFile("test2.rkt")), c.init().commandLine().actions());
        assertEquals(List.of("/test2.rkt", "/tmp/racket/place-worker.rkt"), c.files().stream().map(GuestConfig.ProgramFile::dest).toList());
        assertEquals(400000, c.limits().maxFileBytes());
        assertEquals(64 * Size.KB, c.console().scrollbackBytes());
    }

    @Test
    void defaultsAndMounts(@TempDir Path dir) throws Exception {
        GuestConfig c = ConfigReader.read(withRest("<mounts><host src=\"data\" dest=\"/mnt/data/\"/></mounts><env><var name=\"HOME\" value=\"/\"/></env>"),
                "x.xml", dir, ConfigReader.HostChecks.NONE);
        assertEquals(List.of(new GuestConfig.HostMount(dir.resolve("data"), "/mnt/data", false)), c.mounts());
        assertEquals("/", c.env().get("HOME"));
        assertEquals(200 * Size.MB, c.limits().taskHeapBytes());
        assertEquals(256 * Size.MB, c.limits().kernelPoolBytes()); // clamped to memory
        assertEquals("/", c.init().cwd());
    }

    @Test
    void initCommandLineFollowsRacket() throws Exception {
        InitCommandLine repl = InitCommandLine.parse(List.of());
        assertTrue(repl.repl() && repl.initLibrary());
        InitCommandLine base = InitCommandLine.parse(List.of("-l", "racket/base", "-i"));
        assertTrue(base.repl() && !base.initLibrary());
        InitCommandLine file = InitCommandLine.parse(List.of("-expandblob", "prog.rkt", "a", "-b"));
        assertTrue(file.expandBlob() && !file.repl() && !file.initLibrary());
        assertEquals(List.of("a", "-b"), file.programArgs());
        assertTrue(InitCommandLine.parse(List.of("-e", "(+ 1 2)")).initLibrary());
        // after a flag other than a configuration option, arguments are the program's, not a file
        InitCommandLine args = InitCommandLine.parse(List.of("-i", "x.rkt", "y"));
        assertTrue(args.repl() && args.actions().isEmpty() && args.initLibrary());
        assertEquals(List.of("x.rkt", "y"), args.programArgs());
        assertEquals(List.of("z"), InitCommandLine.parse(List.of("-e", "1", "z")).programArgs());
    }

    @Test
    void sizes() {
        assertEquals(1536 * Size.MB, Size.parse("1536MB"));
        assertEquals("1536MB", Size.format(1536 * Size.MB));
        assertEquals("2GB", Size.format(2 * Size.GB));
        assertEquals("1000B", Size.format(1000));
        assertThrows(IllegalArgumentException.class, () -> Size.parse("12XB"));
    }
}
