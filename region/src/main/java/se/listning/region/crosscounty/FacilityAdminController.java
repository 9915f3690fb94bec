package se.listning.region.crosscounty;

import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import se.listning.domain.identity.HsaId;
import se.listning.region.audit.AuditLog;
import se.listning.region.audit.AuditRow;
import se.listning.region.audit.SystemActor;
import se.listning.domain.identity.InvalidIdentifierException;
import se.listning.domain.usecase.CloseFacilityUseCase;

/**
 * Operators' endpoint for flow 13: {@code POST /admin/facilities/{hsaId}/close}. /admin is for operators only
 * and must stay behind the network boundary (it is not part of the national platform's contracts). Each person
 * whose listing or queue place ends is audited in that person's transaction (system actor "Drift (/admin)").
 */
@RestController
public class FacilityAdminController {

    private static final Logger log = LoggerFactory.getLogger(FacilityAdminController.class);

    private final CloseFacilityUseCase closeFacility;
    private final AuditLog audit;

    public FacilityAdminController(CloseFacilityUseCase closeFacility, AuditLog audit) {
        this.closeFacility = closeFacility;
        this.audit = audit;
    }

    @PostMapping(path = "/admin/facilities/{hsaId}/close", produces = "application/json")
    public ResponseEntity<Map<String, Object>> close(@PathVariable String hsaId) {
        HsaId id;
        try {
            id = HsaId.of(hsaId);
        } catch (InvalidIdentifierException e) {
            return ResponseEntity.badRequest().body(Map.of("error", e.getMessage()));
        }
        CloseFacilityUseCase.Result result = closeFacility.execute(id, (person, listings, queuePlaces) ->
                audit.write(AuditRow.system(SystemActor.OPERATOR, "CLOSE_UNIT_PERSON", person, id, "OK",
                        "listingsEnded=" + listings + ";queuePlacesEnded=" + queuePlaces)));
        if (!result.found()) {
            return ResponseEntity.status(404).body(Map.of("error", "Vårdcentralen " + id.value() + " finns inte."));
        }
        log.info("Facility {} closed: {} listing(s) ended, {} home region notice(s), {} queue place(s) ended",
                id.value(), result.listingsEnded(), result.homeRegionsNotified(), result.queuePlacesEnded());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("facility", id.value());
        body.put("name", result.facilityName());
        body.put("closedNow", result.closedNow());
        body.put("listingsEnded", result.listingsEnded());
        body.put("homeRegionsNotified", result.homeRegionsNotified());
        body.put("queuePlacesEnded", result.queuePlacesEnded());
        return ResponseEntity.ok(body);
    }
}
