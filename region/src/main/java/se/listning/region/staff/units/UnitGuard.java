package se.listning.region.staff.units;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import se.listning.domain.identity.HsaId;
import se.listning.region.staff.security.StaffAccess;
import se.listning.region.staff.security.StaffRole;
import se.listning.region.staff.security.StaffUser;

/** Resolves a unit from the URL and checks that the signed-in user administers it (VC-chef: own units only). */
@Component
public class UnitGuard {

    private final StaffAccess access;
    private final UnitQueries queries;

    public UnitGuard(StaffAccess access, UnitQueries queries) {
        this.access = access;
        this.queries = queries;
    }

    /** The unit's stored id; 403 when the user may not administer it, 404 when it does not exist. */
    public HsaId unit(String hsa) {
        StaffUser user = access.requireRole(StaffRole.VC_CHEF, StaffRole.VARDVALSBEHORIG);
        HsaId unit = queries.resolve(hsa).orElse(null);
        if (unit == null && user.regionWide()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Vårdcentralen finns inte.");
        }
        access.requireUnit(unit == null ? HsaId.of(hsa) : unit);   // a VC-chef learns nothing about other ids
        if (unit == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Vårdcentralen finns inte.");
        }
        return unit;
    }
}
