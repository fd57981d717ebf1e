package org.jracket.vmm.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.jracket.vmm.api.ApiServer;
import org.jracket.vmm.guest.Monitor;

/** {@code jracket vm serve}: the long-running monitor, with its API on the loopback interface. */
@Command(name = "serve", description = "Run the monitor: hold guests and serve the API on 127.0.0.1 until shut down.")
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", paramLabel = "PORT", description = "TCP port on 127.0.0.1 (0: any free port; default 7457)")
    int port = ApiAddress.DEFAULT_PORT;

    @Option(names = "--api-file", paramLabel = "FILE", description = "where to write HOST:PORT for clients (default ~/.jracket/vmm.api)")
    Path apiFile = ApiAddress.defaultFile();

    @Override
    public Integer call() throws Exception {
        try (Monitor monitor = new Monitor(); ApiServer server = new ApiServer(monitor, port)) {
            server.start();
            String address = "127.0.0.1:" + server.port();
            Path dir = apiFile.toAbsolutePath().getParent();
            if (dir != null) Files.createDirectories(dir);
            Files.writeString(apiFile, address + "\n");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteIfOurs(address), "vmm-api-file"));
            System.out.println("jracket vm: monitor listening on " + address);
            System.out.flush();
            server.awaitShutdown();
            deleteIfOurs(address);
            System.out.println("jracket vm: monitor shut down");
        }
        return 0;
    }

    /** Another daemon may have replaced the file since. */
    private void deleteIfOurs(String address) {
        try {
            if (Files.isReadable(apiFile) && Files.readString(apiFile).trim().equals(address)) Files.delete(apiFile);
        } catch (java.io.IOException ignored) {
            // a stale file only costs a clear "no monitor is listening" later
        }
    }
}
