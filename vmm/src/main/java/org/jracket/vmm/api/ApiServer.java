package org.jracket.vmm.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.jracket.vmm.config.ConfigException;
import org.jracket.vmm.guest.Guest;
import org.jracket.vmm.guest.GuestInfo;
import org.jracket.vmm.guest.GuestSetupException;
import org.jracket.vmm.guest.GuestState;
import org.jracket.vmm.guest.LifecycleException;
import org.jracket.vmm.guest.Monitor;
import org.jracket.vmm.guest.NoSuchGuestException;
import org.jracket.vmm.image.ImageException;

/**
 * The monitor's local API, JSON over HTTP on the loopback interface only, in the style of
 * Firecracker's. It only translates requests into {@link Monitor} calls:
 * <pre>
 *   GET    /                      the monitor (guests, host heap)
 *   GET    /vms                   every guest
 *   PUT    /vms/NAME              create: {"image": "/path/x.img"} (or a .xml config)
 *   GET    /vms/NAME              one guest
 *   DELETE /vms/NAME              free
 *   PUT    /vms/NAME/actions      {"action_type": "launch" | "pause" | "continue" | "stop"}
 *   GET    /vms/NAME/console      output: scrollback then live (?from=POS, ?follow=false)
 *   POST   /vms/NAME/console      input bytes for the guest's console (?eof=true: hang up)
 *   PUT    /actions               {"action_type": "shutdown"}: stop the daemon
 * </pre>
 * Errors are {"fault_message": "..."} with 400 (bad request), 404 (no such guest or path),
 * 405, 409 (not allowed in the guest's state), 413 (body too large), 500 (a bug: reported, and
 * the daemon goes on).
 */
public final class ApiServer implements AutoCloseable {
    static final int MAX_JSON_BODY = 64 * 1024;
    static final int MAX_CONSOLE_INPUT = 1 << 20;

    private final Monitor monitor;
    private final HttpServer http;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final CountDownLatch shutdown = new CountDownLatch(1);

    public ApiServer(Monitor monitor, int port) throws IOException {
        this.monitor = monitor;
        this.http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        http.setExecutor(executor);
        http.createContext("/", this::handle);
    }

    public void start() { http.start(); }

    public int port() { return http.getAddress().getPort(); }

    /** Blocks until a client asks the daemon to shut down. */
    public void awaitShutdown() throws InterruptedException { shutdown.await(); }

    @Override
    public void close() {
        http.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange ex) {
        try (ex) {
            try {
                route(ex);
            } catch (ApiError e) {
                reply(ex, e.status, Map.of("fault_message", e.getMessage()));
            } catch (NoSuchGuestException e) {
                reply(ex, 404, Map.of("fault_message", e.getMessage()));
            } catch (LifecycleException e) {
                reply(ex, 409, Map.of("fault_message", e.getMessage()));
            } catch (ConfigException | ImageException | GuestSetupException e) {
                reply(ex, 400, Map.of("fault_message", e.getMessage()));
            } catch (IOException e) {
                // The client went away; nothing to answer.
            } catch (RuntimeException | Error e) {
                if (e instanceof VirtualMachineError && !(e instanceof OutOfMemoryError)) throw e;
                reply(ex, 500, Map.of("fault_message", "internal error: " + e));
            }
        } catch (IOException ignored) {
            // Could not even send the error: the client is gone.
        }
    }

    private void route(HttpExchange ex) throws ApiError, IOException, NoSuchGuestException, LifecycleException,
            ConfigException, ImageException, GuestSetupException {
        String method = ex.getRequestMethod();
        List<String> parts = List.of(ex.getRequestURI().getPath().split("/")).stream().filter(s -> !s.isEmpty()).toList();
        if (parts.isEmpty()) {
            allow(method, "GET");
            reply(ex, 200, monitorJson());
        } else if (parts.equals(List.of("actions"))) {
            allow(method, "PUT");
            String action = actionType(ex);
            if (!action.equals("shutdown")) throw new ApiError(400, "unknown monitor action '" + action + "' (expected shutdown)");
            reply(ex, 204, null);
            shutdown.countDown();
        } else if (parts.get(0).equals("vms") && parts.size() == 1) {
            allow(method, "GET");
            List<Object> vms = monitor.list().stream().map(i -> (Object) GuestJson.of(i)).toList();
            reply(ex, 200, Map.of("vms", vms));
        } else if (parts.get(0).equals("vms") && parts.size() == 2) {
            guest(ex, method, parts.get(1));
        } else if (parts.get(0).equals("vms") && parts.size() == 3 && parts.get(2).equals("actions")) {
            allow(method, "PUT");
            String action = actionType(ex);
            GuestState.Action a = switch (action) {
                case "launch" -> GuestState.Action.LAUNCH;
                case "pause" -> GuestState.Action.PAUSE;
                case "continue" -> GuestState.Action.CONTINUE;
                case "stop" -> GuestState.Action.STOP;
                default -> throw new ApiError(400, "unknown action_type '" + action + "' (expected launch, pause, continue or stop)");
            };
            monitor.act(parts.get(1), a);
            reply(ex, 204, null);
        } else if (parts.get(0).equals("vms") && parts.size() == 3 && parts.get(2).equals("console")) {
            Guest g = monitor.get(parts.get(1));
            if (method.equals("GET")) ConsoleEndpoint.stream(ex, g.console(), query(ex.getRequestURI()));
            else {
                allow(method, "POST");
                ConsoleEndpoint.input(ex, g.console(), query(ex.getRequestURI()));
            }
        } else {
            throw new ApiError(404, "no such API path " + ex.getRequestURI().getPath());
        }
    }

    private void guest(HttpExchange ex, String method, String name) throws ApiError, IOException, NoSuchGuestException,
            LifecycleException, ConfigException, ImageException, GuestSetupException {
        switch (method) {
            case "GET" -> reply(ex, 200, GuestJson.of(monitor.get(name).info()));
            case "DELETE" -> {
                monitor.free(name);
                reply(ex, 204, null);
            }
            case "PUT" -> {
                Map<String, Object> body = jsonBody(ex);
                Object image = body.get("image");
                if (!(image instanceof String path) || path.isEmpty())
                    throw new ApiError(400, "expected {\"image\": \"/path/to/guest.img\"} (an image or a .xml config)");
                if (!Path.of(path).isAbsolute()) throw new ApiError(400, "image path must be absolute: " + path);
                GuestInfo info = monitor.create(Path.of(path), name).info();
                reply(ex, 201, GuestJson.of(info));
            }
            default -> throw new ApiError(405, "method " + method + " not allowed here (expected GET, PUT or DELETE)");
        }
    }

    private Map<String, Object> monitorJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        Runtime rt = Runtime.getRuntime();
        m.put("monitor", "jracket-vmm");
        m.put("guests", monitor.guests().size());
        m.put("host_cpus", rt.availableProcessors());
        m.put("heap_used", rt.totalMemory() - rt.freeMemory());
        m.put("heap_max", rt.maxMemory());
        return m;
    }

    private static void allow(String method, String allowed) throws ApiError {
        if (!method.equals(allowed)) throw new ApiError(405, "method " + method + " not allowed here (expected " + allowed + ")");
    }

    private static String actionType(HttpExchange ex) throws ApiError, IOException {
        Object a = jsonBody(ex).get("action_type");
        if (!(a instanceof String s)) throw new ApiError(400, "expected {\"action_type\": \"...\"}");
        return s.toLowerCase(Locale.ROOT);
    }

    private static Map<String, Object> jsonBody(HttpExchange ex) throws ApiError, IOException {
        byte[] body = readBody(ex.getRequestBody(), MAX_JSON_BODY);
        try {
            return Json.parseObject(new String(body, StandardCharsets.UTF_8));
        } catch (Json.JsonException e) {
            throw new ApiError(400, e.getMessage());
        }
    }

    static byte[] readBody(InputStream in, int max) throws ApiError, IOException {
        byte[] b = in.readNBytes(max + 1);
        if (b.length > max) throw new ApiError(413, "request body larger than " + max + " bytes");
        return b;
    }

    static Map<String, String> query(URI uri) {
        Map<String, String> q = new LinkedHashMap<>();
        String raw = uri.getQuery();
        if (raw == null) return q;
        for (String kv : raw.split("&")) {
            int eq = kv.indexOf('=');
            if (eq > 0) q.put(kv.substring(0, eq), kv.substring(eq + 1));
            else if (!kv.isEmpty()) q.put(kv, "");
        }
        return q;
    }

    static void reply(HttpExchange ex, int status, Object json) throws IOException {
        if (json == null) {
            ex.sendResponseHeaders(status, -1);
            return;
        }
        byte[] body = (Json.write(json) + "\n").getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }
}
