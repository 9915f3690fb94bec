package se.listning.region.registers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import se.listning.domain.identity.InvalidIdentifierException;
import se.listning.domain.identity.PersonId;
import se.listning.region.audit.AuditLog;
import se.listning.region.audit.AuditRow;
import se.listning.region.audit.SystemActor;

/**
 * Read-only JSON of the registers stand-in for the citizen e-service's demo: {@code /registers/population/…}
 * (population register) and {@code /registers/units} (unit directory). No authentication: demo only, never
 * enabled in production (docs/registers-stand-in.md). Every person in an answer is audited as read by the
 * e-service ({@link SystemActor#REGISTERS_STAND_IN}).
 */
@RestController
@RegistersStandIn
public class RegistersStandInController {

    private final PopulationRegisterStandIn population;
    private final UnitDirectoryStandIn units;
    private final AuditLog audit;

    public RegistersStandInController(PopulationRegisterStandIn population, UnitDirectoryStandIn units, AuditLog audit) {
        this.population = population;
        this.units = units;
        this.audit = audit;
    }

    @GetMapping(path = "/registers/population/persons/{personId}", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<?> person(@PathVariable String personId) {
        PersonId id;
        try {
            id = PersonId.parse(personId);
        } catch (InvalidIdentifierException e) {
            return ResponseEntity.badRequest().body(Map.of("error", e.getMessage()));
        }
        Optional<RegisterPerson> resident = population.resident(id);
        List<AuditRow> read = new ArrayList<>();
        read.add(AuditRow.system(SystemActor.REGISTERS_STAND_IN, "READ", id, null, resident.isPresent() ? "OK" : "NOT_FOUND",
                "/registers/population/persons"));
        resident.ifPresent(r -> r.children().forEach(child -> read.add(AuditRow.system(SystemActor.REGISTERS_STAND_IN,
                "READ", PersonId.parse(child.personId()), null, "OK", "barn till den inloggade vårdnadshavaren"))));
        audit.writeAll(read);
        return resident.<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.status(404)
                        .body(Map.of("error", "Personen finns inte bland regionens folkbokförda.")));
    }

    @GetMapping(path = "/registers/population/personas", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<DemoPersona> personas() {
        List<DemoPersona> personas = population.personas();
        audit.writeAll(personas.stream().map(p -> AuditRow.system(SystemActor.REGISTERS_STAND_IN, "READ",
                PersonId.parse(p.personId()), null, "OK", "/registers/population/personas")).toList());
        return personas;
    }

    @GetMapping(path = "/registers/units", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<RegisterUnit> units() {
        return units.listableUnits();
    }
}
