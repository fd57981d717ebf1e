package org.jracket.vmm.api;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;

import org.jracket.vmm.devices.ConsoleStream;
import org.jracket.vmm.devices.Scrollback;

/**
 * The console over HTTP (the {@code v3_stream} step): output is one long chunked response that
 * starts with the scrollback and follows live output until the guest stops or the client hangs
 * up; input is posted bytes. A reader that fell behind the scrollback is told what it missed.
 */
final class ConsoleEndpoint {
    /** How long a streaming reader waits for output before checking again. */
    static final long POLL_MILLIS = 500;

    private ConsoleEndpoint() {}

    static void stream(HttpExchange ex, ConsoleStream console, Map<String, String> query) throws IOException, ApiError {
        Scrollback sb = console.scrollback();
        long pos = query.containsKey("from") ? number(query.get("from")) : sb.start();
        boolean follow = !"false".equals(query.get("follow"));
        ex.getResponseHeaders().set("Content-Type", "application/octet-stream");
        ex.getResponseHeaders().set("X-Console-Stream", console.stream());
        ex.getResponseHeaders().set("X-Console-From", Long.toString(Math.max(pos, sb.start())));
        ex.sendResponseHeaders(200, 0);
        try (OutputStream out = ex.getResponseBody()) {
            while (true) {
                Scrollback.Chunk c;
                try {
                    c = sb.read(pos, follow ? POLL_MILLIS : 0);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                if (c == null) return;
                if (c.skipped() > 0)
                    out.write(("\r\n[jracket vm: " + c.skipped() + " bytes of output dropped]\r\n").getBytes(StandardCharsets.UTF_8));
                if (c.bytes().length == 0) {
                    if (!follow) return;
                    continue;
                }
                out.write(c.bytes());
                out.flush();
                pos = c.end();
            }
        }
    }

    static void input(HttpExchange ex, ConsoleStream console, Map<String, String> query) throws IOException, ApiError {
        byte[] bytes = ApiServer.readBody(ex.getRequestBody(), ApiServer.MAX_CONSOLE_INPUT);
        try {
            if (bytes.length > 0 && !console.type(bytes)) throw new ApiError(409, "the guest has no console yet");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiError(500, "interrupted while typing");
        }
        if ("true".equals(query.get("eof"))) console.hangUp();
        ApiServer.reply(ex, 204, null);
    }

    private static long number(String s) throws ApiError {
        try {
            long n = Long.parseLong(s);
            if (n < 0) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw new ApiError(400, "from must be a byte position (a non-negative integer), not '" + s + "'");
        }
    }
}
