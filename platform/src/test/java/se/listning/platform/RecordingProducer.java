package se.listning.platform;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny real SOAP producer on loopback for the platform tests: records what it received (headers, path,
 * body size and SHA-256, never keeping big bodies) and answers with a fixed response.
 */
final class RecordingProducer implements AutoCloseable {

    record Received(String path, Headers headers, long bodyLength, String bodySha256, String bodyStart) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final AtomicInteger calls = new AtomicInteger();
    private volatile Received last;

    private RecordingProducer(int status, String responseBody, long delayMillis) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", exchange -> {
            try (exchange) {
                MessageDigest sha = sha256();
                long length = 0;
                byte[] start = new byte[512];
                int startLength = 0;
                byte[] buffer = new byte[64 * 1024];
                try (InputStream in = exchange.getRequestBody()) {
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        if (startLength < start.length) {
                            int copy = Math.min(n, start.length - startLength);
                            System.arraycopy(buffer, 0, start, startLength, copy);
                            startLength += copy;
                        }
                        sha.update(buffer, 0, n);
                        length += n;
                    }
                }
                last = new Received(exchange.getRequestURI().getPath(), exchange.getRequestHeaders(), length,
                        HexFormat.of().formatHex(sha.digest()),
                        new String(start, 0, startLength, StandardCharsets.UTF_8));
                calls.incrementAndGet();
                if (delayMillis > 0) {
                    Thread.sleep(delayMillis);
                }
                byte[] body = responseBody.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "text/xml; charset=UTF-8");
                exchange.getResponseHeaders().add("x-producer-header", "kept");
                exchange.sendResponseHeaders(status, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.start();
    }

    static RecordingProducer answering(String responseBody) throws IOException {
        return new RecordingProducer(200, responseBody, 0);
    }

    static RecordingProducer failingWith(int status, String responseBody) throws IOException {
        return new RecordingProducer(status, responseBody, 0);
    }

    static RecordingProducer slow(long delayMillis) throws IOException {
        return new RecordingProducer(200, "<too-late/>", delayMillis);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    int calls() {
        return calls.get();
    }

    Received last() {
        return last;
    }

    static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
