package se.listning.region.staff.doctors;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import se.listning.domain.identity.HsaId;
import se.listning.region.staff.security.StaffAccess;
import se.listning.region.staff.security.StaffUser;

/** The units a staff member may pick on the doctor and link pages, and the checked choice of one. */
@Component
public class StaffUnits {

    /** A unit as shown in the unit selector. */
    public record Unit(String hsaId, String name) {
        public HsaId id() {
            return HsaId.of(hsaId);
        }
    }

    private final JdbcClient jdbc;
    private final StaffAccess access;

    public StaffUnits(JdbcClient jdbc, StaffAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /** VC-chef: own units; region-wide users: every listable unit of the region, by name. */
    public List<Unit> choices(StaffUser user) {
        if (user.regionWide()) {
            return jdbc.sql("select hsa_id, name from facility where listable order by name, hsa_id")
                    .query((rs, n) -> new Unit(rs.getString(1), rs.getString(2))).list();
        }
        return jdbc.sql("select hsa_id, name from facility where hsa_id in (:ids) order by name, hsa_id")
                .param("ids", user.units().isEmpty() ? List.of("") : user.units().stream().map(HsaId::value).toList())
                .query((rs, n) -> new Unit(rs.getString(1), rs.getString(2))).list();
    }

    /**
     * The unit asked for (any case), checked against the user's rights; without one, the user's first unit.
     * Empty when nothing is asked for and the user has no unit; refused (403) for another's unit.
     */
    public Optional<Unit> selected(String requested, List<Unit> choices) {
        if (requested == null || requested.isBlank()) {
            return choices.stream().findFirst();
        }
        Unit unit = find(requested.trim()).orElseThrow(() ->
                new AccessDeniedException("Okänd vårdcentral " + requested.trim() + "."));
        access.requireUnit(unit.id());
        return Optional.of(unit);
    }

    /** A unit by HSA-id in any case, with its stored spelling. */
    public Optional<Unit> find(String hsaId) {
        return jdbc.sql("select hsa_id, name from facility where upper(hsa_id) = upper(:id)")
                .param("id", hsaId)
                .query((rs, n) -> new Unit(rs.getString(1), rs.getString(2))).optional();
    }

    /** The checked unit for an action: refused unless it exists and the user administers it. */
    public Unit require(String hsaId) {
        Unit unit = find(hsaId == null ? "" : hsaId.trim()).orElseThrow(() ->
                new AccessDeniedException("Okänd vårdcentral."));
        access.requireUnit(unit.id());
        return unit;
    }
}
