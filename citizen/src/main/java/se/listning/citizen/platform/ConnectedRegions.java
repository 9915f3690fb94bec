package se.listning.citizen.platform;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import se.listning.citizen.config.CitizenProperties;
import se.listning.domain.identity.CountyCode;

/**
 * Which regions are connected to the platform for this e-service: the platform's TAK lookup of the logical
 * addresses that route CreateListing and allow this consumer (docs/platform.md). The answer is cached for
 * {@code listning.citizen.connected-regions-ttl}; when the platform cannot answer, the last known answer stays
 * (and before any answer: none, with {@link Snapshot#known()} false so the page can say so).
 */
@Component
public class ConnectedRegions {

    private static final Logger log = LoggerFactory.getLogger(ConnectedRegions.class);
    private static final String CONTRACT = "urn:riv:supportprocess:logistics:carelisting:CreateListingResponder:2";

    /** The connected counties and whether the platform has ever told us. */
    public record Snapshot(Set<CountyCode> counties, boolean known) {
        public boolean contains(CountyCode county) {
            return counties.contains(county);
        }
    }

    record TakAnswer(String serviceConsumer, String serviceContract, List<String> logicalAddressees) {
    }

    private final CitizenProperties properties;
    private final Clock clock;
    private final RestClient http;
    private volatile Snapshot last = new Snapshot(Set.of(), false);
    private volatile Instant fetchedAt = Instant.MIN;

    public ConnectedRegions(CitizenProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        SimpleClientHttpRequestFactory factory = new SimpleClientHttpRequestFactory();
        factory.setConnectTimeout(properties.connectTimeout());
        factory.setReadTimeout(properties.receiveTimeout());
        this.http = RestClient.builder().requestFactory(factory).baseUrl(properties.platformBase()).build();
    }

    public Snapshot current() {
        Instant now = clock.instant();
        if (fetchedAt.plus(properties.connectedRegionsTtl()).isBefore(now)) {
            refresh(now);
        }
        return last;
    }

    private synchronized void refresh(Instant now) {
        if (!fetchedAt.plus(properties.connectedRegionsTtl()).isBefore(now)) {
            return; // another request refreshed it meanwhile
        }
        try {
            TakAnswer answer = http.get()
                    .uri(u -> u.path("/tak/logical-addressees")
                            .queryParam("serviceConsumer", properties.consumerHsaId())
                            .queryParam("serviceContract", CONTRACT).build())
                    .retrieve()
                    .body(TakAnswer.class);
            Set<CountyCode> counties = new TreeSet<>();
            if (answer != null && answer.logicalAddressees() != null) {
                answer.logicalAddressees().stream().filter(CountyCode::isValid).map(CountyCode::of).forEach(counties::add);
            }
            last = new Snapshot(Set.copyOf(counties), true);
            fetchedAt = now;
        } catch (RestClientException e) {
            log.warn("the platform's TAK lookup failed, keeping the last known regions: {}", e.getMessage());
            fetchedAt = now.minus(properties.connectedRegionsTtl()).plusSeconds(5); // try again in 5 s
        }
    }
}
