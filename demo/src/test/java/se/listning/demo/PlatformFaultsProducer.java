package se.listning.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A broken producer for the platform to route to: every call gets one of five bad answers in turn (HTTP 500
 * with text, a SOAP fault, HTTP 200 with truncated XML, 503 without a body, 200 with an HTML page).
 */
final class PlatformFaultsProducer implements AutoCloseable {

    private static final String SOAP_FAULT = """
            <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body><soapenv:Fault>\
            <faultcode>soapenv:Server</faultcode><faultstring>Internt fel</faultstring></soapenv:Fault></soapenv:Body>\
            </soapenv:Envelope>""";

    private final HttpServer server;
    private final AtomicInteger calls = new AtomicInteger();

    PlatformFaultsProducer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    String url() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    /** Calls answered so far (each one a fault). */
    int calls() {
        return calls.get();
    }

    private void answer(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        switch (calls.getAndIncrement() % 5) {
            case 0 -> send(exchange, 500, "text/plain", "Internal Server Error: java.lang.NullPointerException");
            case 1 -> send(exchange, 500, "text/xml; charset=UTF-8", SOAP_FAULT);
            case 2 -> send(exchange, 200, "text/xml; charset=UTF-8", "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlso");
            case 3 -> send(exchange, 503, "text/plain", "");
            default -> send(exchange, 200, "text/html", "<html><body><h1>Underhåll pågår</h1></body></html>");
        }
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
