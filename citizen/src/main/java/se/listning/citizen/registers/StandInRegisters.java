package se.listning.citizen.registers;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import se.listning.citizen.config.CitizenProperties;
import se.listning.domain.identity.CountyCode;
import se.listning.domain.identity.PersonId;

/**
 * FAKE behind the {@link PopulationRegister} and {@link UnitDirectory} ports, for the demo and the tests: the
 * federation's synthetic population and units, read from each region's registers stand-in
 * ({@code GET /registers/population/persons/{id}}, {@code /registers/population/personas}, {@code /registers/units};
 * docs/registers-stand-in.md), configured as {@code listning.citizen.registers.<county>=<region base URL>}.
 * A person is registered in the county whose stand-in knows them as a resident.
 */
@Component
public class StandInRegisters implements PopulationRegister, UnitDirectory {

    private static final Logger log = LoggerFactory.getLogger(StandInRegisters.class);
    private static final Duration UNITS_TTL = Duration.ofMinutes(5);

    record PersonJson(String personId, String givenName, String familyName, String homeCounty,
                      String municipalityCode, boolean protectedIdentity, boolean deceased, String birthDate,
                      List<String> guardians, List<ChildJson> children) {
    }

    record ChildJson(String personId, String givenName, String familyName, String birthDate) {
    }

    record PersonaJson(String role, String personId, String name, String description) {
    }

    record UnitJson(String hsaId, String name, String municipalityCode, String municipalityName,
                    String streetAddress, String postalCode, String city, String phone) {
    }

    private record CachedUnits(Instant at, Map<String, UnitInfo> units) {
    }

    private final Map<CountyCode, RestClient> regions = new ConcurrentHashMap<>();
    private final Map<CountyCode, CachedUnits> units = new ConcurrentHashMap<>();
    private final Clock clock;

    public StandInRegisters(CitizenProperties properties, Clock clock) {
        this.clock = clock;
        SimpleClientHttpRequestFactory factory = new SimpleClientHttpRequestFactory();
        factory.setConnectTimeout(properties.connectTimeout());
        factory.setReadTimeout(properties.receiveTimeout());
        properties.registers().forEach((county, url) -> regions.put(CountyCode.of(county),
                RestClient.builder().requestFactory(factory).baseUrl(url).build()));
    }

    @Override
    public Optional<Resident> lookUp(PersonId person) {
        RestClientException failure = null;
        for (Map.Entry<CountyCode, RestClient> region : regions.entrySet()) {
            try {
                PersonJson json = region.getValue().get().uri("/registers/population/persons/{id}", person.value())
                        .retrieve().body(PersonJson.class);
                if (json != null && !json.deceased()) {
                    return Optional.of(resident(json));
                }
            } catch (HttpClientErrorException e) {
                if (e.getStatusCode() != HttpStatus.NOT_FOUND) {
                    failure = e;
                }
            } catch (RestClientException e) {
                log.warn("population stand-in of county {} did not answer: {}", region.getKey().code(), e.getMessage());
                failure = e;
            }
        }
        if (failure != null) {
            throw new RegisterUnavailableException("the population register did not answer", failure);
        }
        return Optional.empty();
    }

    @Override
    public List<Persona> personas() {
        List<Persona> personas = new ArrayList<>();
        regions.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(region -> {
            try {
                List<PersonaJson> list = region.getValue().get().uri("/registers/population/personas").retrieve()
                        .body(new ParameterizedTypeReference<List<PersonaJson>>() { });
                if (list != null) {
                    list.forEach(p -> personas.add(new Persona(region.getKey(), p.role(), p.personId(), p.name(),
                            p.description())));
                }
            } catch (RestClientException e) {
                log.warn("personas of county {} not available: {}", region.getKey().code(), e.getMessage());
            }
        });
        return personas;
    }

    @Override
    public Map<String, UnitInfo> units(CountyCode county) {
        CachedUnits cached = units.get(county);
        Instant now = clock.instant();
        if (cached != null && cached.at().plus(UNITS_TTL).isAfter(now)) {
            return cached.units();
        }
        RestClient region = regions.get(county);
        if (region == null) {
            return Map.of();
        }
        try {
            List<UnitJson> list = region.get().uri("/registers/units").retrieve()
                    .body(new ParameterizedTypeReference<List<UnitJson>>() { });
            Map<String, UnitInfo> byId = list == null ? Map.of() : list.stream()
                    .map(u -> new UnitInfo(u.hsaId(), u.name(), u.municipalityCode(), u.municipalityName(),
                            u.streetAddress(), u.postalCode(), u.city(), u.phone()))
                    .collect(Collectors.toUnmodifiableMap(u -> u.hsaId().toUpperCase(), Function.identity(), (a, b) -> a));
            units.put(county, new CachedUnits(now, byId));
            return byId;
        } catch (RestClientException e) {
            log.warn("unit directory of county {} not available: {}", county.code(), e.getMessage());
            return cached != null ? cached.units() : Map.of();
        }
    }

    private static Resident resident(PersonJson json) {
        List<Resident.Child> children = json.children() == null ? List.of() : json.children().stream()
                .map(c -> new Resident.Child(PersonId.parse(c.personId()), c.givenName(), c.familyName(),
                        date(c.birthDate())))
                .toList();
        return new Resident(PersonId.parse(json.personId()), json.givenName(), json.familyName(),
                CountyCode.of(json.homeCounty()), json.municipalityCode(), json.protectedIdentity(),
                date(json.birthDate()), children);
    }

    private static LocalDate date(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text);
    }
}
