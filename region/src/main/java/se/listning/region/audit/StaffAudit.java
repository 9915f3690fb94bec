package se.listning.region.audit;

import java.sql.Types;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.PersonId;
import se.listning.region.staff.security.StaffUser;

/**
 * The staff tool's entries in the append-only audit log (channel {@code staff}): who (user and role),
 * for which unit, did what to whose data, and why. Every read of a person and every change goes
 * through here, in the same transaction as the change when there is one.
 */
@Component
public class StaffAudit {

    public static final String CHANNEL = "staff";

    private final JdbcClient jdbc;

    public StaffAudit(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A read of a person's data; {@code purpose} says why (e.g. "Personsök", "Utskrift blankett"). */
    public void read(StaffUser user, PersonId person, HsaId unit, String purpose) {
        record(user, "READ", person, unit, purpose, null);
    }

    /**
     * A change or other action.
     *
     * @param action  e.g. "REGISTER_LISTING", "SET_DOCTOR", "GRANT_EXEMPTION", "CSV_UPLOAD"
     * @param person  whose data, null for unit-level actions
     * @param unit    the unit acted for, may be null (region-wide)
     * @param purpose why, in the user's words or the page's purpose
     * @param detail  what changed (identifiers and codes, never names or addresses)
     */
    public void record(StaffUser user, String action, PersonId person, HsaId unit, String purpose, String detail) {
        jdbc.sql("""
                        insert into audit_event (channel, actor_type, actor_id, role, unit, action, person_id, outcome,
                                                 purpose, detail)
                        values (:channel, 'STAFF', :actor, :role, :unit, :action, :person, 'OK', :purpose, :detail)""")
                .param("channel", CHANNEL)
                .param("actor", user.auditId())
                .param("role", user.role().name())
                .param("unit", unit == null ? null : unit.value(), Types.VARCHAR)
                .param("action", action)
                .param("person", person == null ? null : person.value(), Types.VARCHAR)
                .param("purpose", purpose, Types.VARCHAR)
                .param("detail", detail, Types.VARCHAR)
                .update();
    }
}
