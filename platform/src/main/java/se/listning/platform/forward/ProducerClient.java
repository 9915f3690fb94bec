package se.listning.platform.forward;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.List;
import java.util.Map;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.stereotype.Component;
import se.listning.platform.config.PlatformProperties;
import se.listning.platform.soap.VpError;
import se.listning.platform.soap.VpException;

/**
 * Sends a request on to a producer without holding it in memory: the bytes already read to route the call,
 * then the unread rest of the caller's stream. The response body is handed back as a stream as well. With
 * {@code listning.platform.tls.bundle} set (a Spring Boot SSL bundle), https producers get the platform's client
 * certificate (mutual TLS) and their server certificates are checked against the bundle's trust store.
 */
@Component
public class ProducerClient {

    private final HttpClient client;
    private final Duration responseTimeout;

    public ProducerClient(PlatformProperties properties, SslBundles sslBundles) {
        this.responseTimeout = properties.responseTimeout();
        HttpClient.Builder builder = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER);
        if (properties.tls() != null && properties.tls().configured()) {
            // an unknown bundle name fails the start
            builder.sslContext(sslBundles.getBundle(properties.tls().bundle()).createSslContext());
        }
        this.client = builder.build();
    }

    /**
     * @param headers end-to-end headers to send (hop-by-hop headers already removed)
     * @param contentLength the caller's Content-Length, or -1 when it sent the body chunked
     * @throws VpException VP009 when the producer cannot be reached or does not answer in time
     */
    public HttpResponse<InputStream> send(URI endpoint, Map<String, List<String>> headers, byte[] consumedPrefix,
                                          InputStream unreadRest, long contentLength) throws VpException {
        UploadWatchingInputStream body = new UploadWatchingInputStream(
                new SequenceInputStream(new ByteArrayInputStream(consumedPrefix), unreadRest), contentLength);
        BodyPublisher publisher = BodyPublishers.ofInputStream(() -> body);
        if (contentLength >= 0) {
            // a known length spares producers a chunked upload
            publisher = BodyPublishers.fromPublisher(publisher, contentLength);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).POST(publisher);
        headers.forEach((name, values) -> values.forEach(value -> addHeader(request, name, value)));
        CompletableFuture<HttpResponse<InputStream>> response =
                client.sendAsync(request.build(), BodyHandlers.ofInputStream());
        try {
            // like VP's read timeout, the clock starts once the request is sent, so big uploads are not cut short
            CompletableFuture.anyOf(response, body.uploaded()).get();
            return response.get(responseTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            response.cancel(true);
            // same wording as SKLTP VP for a read timeout
            throw producerError(endpoint, new HttpTimeoutException("request timed out"),
                    "Timeout when waiting on response from producer.");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof HttpConnectTimeoutException) {
                throw producerError(endpoint, cause, "Timeout when connecting to producer.");
            }
            if (cause instanceof ConnectException) {
                throw producerError(endpoint, cause, cause.getMessage() == null ? "Connection refused" : cause.getMessage());
            }
            throw producerError(endpoint, cause, String.valueOf(cause.getMessage()));
        } catch (InterruptedException e) {
            response.cancel(true);
            Thread.currentThread().interrupt();
            throw producerError(endpoint, e, "Interrupted while waiting on response from producer.");
        }
    }

    private static void addHeader(HttpRequest.Builder request, String name, String value) {
        try {
            request.header(name, value);
        } catch (IllegalArgumentException restrictedOrInvalid) {
            // the JDK client refuses a few headers it manages itself; those are not end-to-end anyway
        }
    }

    private static VpException producerError(URI endpoint, Throwable e, String information) {
        return VpError.VP009.exception(endpoint + ". Exception caught when contacting producer."
                + " Exception information: (" + e.getClass().getName() + ": " + information + ")");
    }
}
