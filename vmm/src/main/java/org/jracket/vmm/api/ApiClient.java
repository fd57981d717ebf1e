package org.jracket.vmm.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The CLI's side of the API: one method per request, failures as {@link ApiClient.Failure}. */
public final class ApiClient {
    /** A refused request (the daemon's fault_message) or an unreachable daemon. */
    public static final class Failure extends Exception {
        public final int status;

        Failure(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** {@code address} is HOST:PORT of a daemon. */
    public ApiClient(String address) { this.base = URI.create("http://" + address); }

    public Map<String, Object> monitor() throws Failure { return object(send("GET", "/", null)); }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> list() throws Failure {
        return (List<Map<String, Object>>) object(send("GET", "/vms", null)).get("vms");
    }

    public Map<String, Object> info(String name) throws Failure { return object(send("GET", "/vms/" + name, null)); }

    public Map<String, Object> create(String name, String imagePath) throws Failure {
        return object(send("PUT", "/vms/" + name, Json.write(Map.of("image", imagePath))));
    }

    public void action(String name, String action) throws Failure {
        send("PUT", "/vms/" + name + "/actions", Json.write(Map.of("action_type", action)));
    }

    public void free(String name) throws Failure { send("DELETE", "/vms/" + name, null); }

    public void shutdown() throws Failure { send("PUT", "/actions", Json.write(Map.of("action_type", "shutdown"))); }

    public void type(String name, byte[] bytes, boolean eof) throws Failure {
        HttpRequest r = HttpRequest.newBuilder(base.resolve("/vms/" + name + "/console" + (eof ? "?eof=true" : "")))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
        check(exchange(r, HttpResponse.BodyHandlers.ofString()));
    }

    /** A console output stream and the absolute position of its first byte. */
    public record ConsoleOutput(InputStream bytes, long from) {}

    /** The console output stream: scrollback, then live output until the guest stops. */
    public ConsoleOutput console(String name, boolean follow) throws Failure {
        HttpRequest r = HttpRequest.newBuilder(base.resolve("/vms/" + name + "/console" + (follow ? "" : "?follow=false"))).GET().build();
        HttpResponse<InputStream> resp = exchange(r, HttpResponse.BodyHandlers.ofInputStream());
        if (resp.statusCode() != 200) {
            try (InputStream in = resp.body()) {
                check(resp.statusCode(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new Failure(resp.statusCode(), "console: HTTP " + resp.statusCode());
            }
        }
        long from = resp.headers().firstValueAsLong("X-Console-From").orElse(0);
        return new ConsoleOutput(resp.body(), from);
    }

    private String send(String method, String path, String json) throws Failure {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60));
        b.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) b.header("Content-Type", "application/json");
        return check(exchange(b.build(), HttpResponse.BodyHandlers.ofString()));
    }

    private <T> HttpResponse<T> exchange(HttpRequest r, HttpResponse.BodyHandler<T> handler) throws Failure {
        try {
            return http.send(r, handler);
        } catch (ConnectException e) {
            throw new Failure(0, "no monitor is listening at " + base.getAuthority() + " (start one with: jracket vm serve)");
        } catch (IOException e) {
            throw new Failure(0, "talking to the monitor at " + base.getAuthority() + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure(0, "interrupted");
        }
    }

    private static String check(HttpResponse<String> r) throws Failure { return check(r.statusCode(), r.body()); }

    private static String check(int status, String body) throws Failure {
        if (status / 100 == 2) return body;
        String message = body;
        try {
            Object m = Json.parseObject(body).get("fault_message");
            if (m != null) message = m.toString();
        } catch (Json.JsonException ignored) {
            // not JSON: show the body as it is
        }
        throw new Failure(status, message);
    }

    private static Map<String, Object> object(String body) throws Failure {
        try {
            return Json.parseObject(body);
        } catch (Json.JsonException e) {
            throw new Failure(0, "the monitor sent bad JSON: " + e.getMessage());
        }
    }
}
