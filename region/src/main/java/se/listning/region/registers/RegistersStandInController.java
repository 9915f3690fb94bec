package se.listning.region.registers;

import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import se.listning.domain.identity.InvalidIdentifierException;
import se.listning.domain.identity.PersonId;

/**
 * Read-only JSON of the registers stand-in for the citizen e-service's demo: {@code /registers/population/…}
 * (population register) and {@code /registers/units} (unit directory). No authentication: demo only, never
 * enabled in production (docs/registers-stand-in.md).
 */
@RestController
@RegistersStandIn
public class RegistersStandInController {

    private final PopulationRegisterStandIn population;
    private final UnitDirectoryStandIn units;

    public RegistersStandInController(PopulationRegisterStandIn population, UnitDirectoryStandIn units) {
        this.population = population;
        this.units = units;
    }

    @GetMapping(path = "/registers/population/persons/{personId}", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<?> person(@PathVariable String personId) {
        PersonId id;
        try {
            id = PersonId.parse(personId);
        } catch (InvalidIdentifierException e) {
            return ResponseEntity.badRequest().body(Map.of("error", e.getMessage()));
        }
        return population.resident(id).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.status(404)
                        .body(Map.of("error", "Personen finns inte bland regionens folkbokförda.")));
    }

    @GetMapping(path = "/registers/population/personas", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<DemoPersona> personas() {
        return population.personas();
    }

    @GetMapping(path = "/registers/units", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<RegisterUnit> units() {
        return units.listableUnits();
    }
}
