package se.listning.region.hostile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import se.listning.region.soap.CarelistingContract;
import se.listning.region.soap.CxfConfig;

/** Posts raw bytes to a region's SOAP endpoint over real HTTP, with the headers a platform would add. */
public final class SoapWire {

    /** The national test consumer, allowed every contract by the built-in authorisation table. */
    public static final String CONSUMER = "SE-CONSUMER-001";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final int port;

    public SoapWire(int port) {
        this.port = port;
    }

    public URI endpoint(CarelistingContract contract) {
        return URI.create("http://localhost:" + port + CxfConfig.SERVICES_PATH + contract.address());
    }

    public SoapAnswer post(CarelistingContract endpoint, String soapAction, String contentType, byte[] body) {
        HttpRequest request = HttpRequest.newBuilder(endpoint(endpoint))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType)
                .header("SOAPAction", "\"" + soapAction + "\"")
                .header("x-rivta-original-serviceconsumer-hsaid", CONSUMER)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return SoapAnswer.parse(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
