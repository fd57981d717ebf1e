package org.jracket.vmm.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

import org.jracket.vmm.guest.Monitor;
import org.jracket.vmm.image.ImageBuilder;
import org.jracket.vmm.image.ImageWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad requests, configs and images through the API: each gets a clear error, and the daemon keeps serving. */
class ApiServerTest {
    static final Path EXAMPLES = Path.of("..", "examples").toAbsolutePath().normalize();
    static Monitor monitor;
    static ApiServer server;
    static final HttpClient http = HttpClient.newHttpClient();
    @TempDir static Path dir;

    @BeforeAll
    static void start() throws Exception {
        monitor = new Monitor();
        server = new ApiServer(monitor, 0);
        server.start();
        ImageWriter.write(ImageBuilder.build(EXAMPLES.resolve("hello.xml")), dir.resolve("good.img"));
        byte[] good = Files.readAllBytes(dir.resolve("good.img"));
        Files.write(dir.resolve("truncated.img"), Arrays.copyOf(good, good.length / 2));
        byte[] flipped = good.clone();
        flipped[flipped.length - 50] ^= 1;
        Files.write(dir.resolve("flipped.img"), flipped);
        Files.writeString(dir.resolve("broken.xml"), "<vm name=\"x\"><memory size=\"lots\"/></vm>");
        Files.writeString(dir.resolve("missing-file.xml"), Files.readString(EXAMPLES.resolve("hello.xml")).replace("programs/hello.rkt", "nope.rkt"));
        Files.writeString(dir.resolve("mount.xml"), Files.readString(EXAMPLES.resolve("hello.xml"))
                .replace("programs/hello.rkt", EXAMPLES.resolve("programs/hello.rkt").toString())
                .replace("</boot>", "</boot><mounts><host src=\"/no/such/dir\" dest=\"/data\"/></mounts>"));
    }

    @AfterAll
    static void stop() {
        server.close();
        monitor.close();
    }

    record Call(String what, String method, String path, String body, int status, String expected) {
        @Override public String toString() { return what; }
    }

    static String image(String file) { return "{\"image\": \"" + dir.resolve(file) + "\"}"; }

    static Stream<Call> badCalls() {
        return Stream.of(
            new Call("unknown path", "GET", "/nope", null, 404, "no such API path /nope"),
            new Call("unknown guest", "GET", "/vms/ghost", null, 404, "no guest named 'ghost'"),
            new Call("launch unknown guest", "PUT", "/vms/ghost/actions", "{\"action_type\":\"launch\"}", 404, "no guest named 'ghost'"),
            new Call("wrong method", "POST", "/vms", "", 405, "not allowed"),
            new Call("not JSON", "PUT", "/vms/a", "image=x", 400, "bad JSON at character 0"),
            new Call("JSON array", "PUT", "/vms/a", "[1]", 400, "expected a JSON object"),
            new Call("no image key", "PUT", "/vms/a", "{}", 400, "/path/to/guest.img"),
            new Call("relative image", "PUT", "/vms/a", "{\"image\":\"x.img\"}", 400, "must be absolute"),
            new Call("missing image", "PUT", "/vms/a", image("none.img"), 400, "no such image file"),
            new Call("truncated image", "PUT", "/vms/a", image("truncated.img"), 400, "truncated image"),
            new Call("corrupt image", "PUT", "/vms/a", image("flipped.img"), 400, "does not match its SHA-256"),
            new Call("broken config", "PUT", "/vms/a", image("broken.xml"), 400, "broken.xml:1:"),
            new Call("config with missing file", "PUT", "/vms/a", image("missing-file.xml"), 400, "does not exist"),
            new Call("missing host mount", "PUT", "/vms/a", image("mount.xml"), 400, "host mount /no/such/dir"),
            new Call("bad guest name", "PUT", "/vms/Bad!", image("good.img"), 400, "bad guest name"),
            new Call("unknown action", "PUT", "/vms/ghost/actions", "{\"action_type\":\"explode\"}", 400, "unknown action_type 'explode'"),
            new Call("action not a string", "PUT", "/vms/ghost/actions", "{\"action_type\":1}", 400, "action_type"),
            new Call("unknown monitor action", "PUT", "/actions", "{\"action_type\":\"reboot\"}", 400, "unknown monitor action"),
            new Call("huge body", "PUT", "/vms/a", "{\"image\":\"" + "x".repeat(70_000) + "\"}", 413, "larger than"),
            new Call("bad console position", "GET", "/vms/ghost/console?from=-1", null, 404, "no guest"),
            new Call("deeply nested JSON", "PUT", "/vms/a", "[".repeat(5000), 400, "nested deeper"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCalls")
    void badInputGetsAClearErrorAndTheDaemonKeepsServing(Call c) throws Exception {
        HttpResponse<String> r = send(c.method(), c.path(), c.body());
        assertEquals(c.status(), r.statusCode(), r.body());
        assertTrue(r.body().contains("fault_message") && r.body().contains(c.expected()), r.body());
        assertEquals(200, send("GET", "/", null).statusCode());
    }

    @org.junit.jupiter.api.Test
    void createListConflictFree() throws Exception {
        assertEquals(201, send("PUT", "/vms/g1", image("good.img")).statusCode());
        HttpResponse<String> again = send("PUT", "/vms/g1", image("good.img"));
        assertEquals(400, again.statusCode());
        assertTrue(again.body().contains("already exists"));
        HttpResponse<String> pause = send("PUT", "/vms/g1/actions", "{\"action_type\":\"pause\"}");
        assertEquals(409, pause.statusCode());
        assertTrue(pause.body().contains("cannot pause guest 'g1': it is not launched yet"), pause.body());
        HttpResponse<String> list = send("GET", "/vms", null);
        assertTrue(list.body().contains("\"name\":\"g1\"") && list.body().contains("\"state\":\"created\""), list.body());
        assertEquals(204, send("DELETE", "/vms/g1", null).statusCode());
        assertEquals(404, send("GET", "/vms/g1", null).statusCode());
    }

    static HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(r, HttpResponse.BodyHandlers.ofString());
    }
}
