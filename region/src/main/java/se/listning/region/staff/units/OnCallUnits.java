package se.listning.region.staff.units;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.listning.domain.identity.HsaId;
import se.listning.region.audit.StaffAudit;
import se.listning.region.staff.HsaIdInput;
import se.listning.region.staff.security.StaffUser;

/**
 * A unit's on-call cooperating units ("joursamverkande vårdenheter", shown on the person page): kept by
 * Vårdvalsbehörig as text, one partner per line, "Namn" or "Namn; HSA-id". Replaced as a whole, audited.
 */
@Service
public class OnCallUnits {

    static final int MAX_PARTNERS = 20;
    static final int MAX_NAME = 200;

    /** One partner: a name and, when known, its HSA-id. */
    public record Partner(String name, String hsaId) {
        String asLine() {
            return hsaId == null ? name : name + "; " + hsaId;
        }
    }

    private final JdbcClient jdbc;
    private final StaffAudit audit;

    public OnCallUnits(JdbcClient jdbc, StaffAudit audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public List<Partner> of(HsaId unit) {
        return jdbc.sql("select partner_name, partner_hsa_id from facility_on_call where facility_hsa_id = :f order by id")
                .param("f", unit.value())
                .query((rs, n) -> new Partner(rs.getString(1), rs.getString(2))).list();
    }

    /** The partners as the form shows them. */
    public String asText(HsaId unit) {
        return String.join("\n", of(unit).stream().map(Partner::asLine).toList());
    }

    /** Parses the form's text; refused with a Swedish message naming the line, nothing changed. */
    static List<Partner> parse(String text) {
        List<Partner> partners = new ArrayList<>();
        String[] lines = text == null ? new String[0] : text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split(";", 2);
            String name = parts[0].strip();
            if (name.isEmpty() || name.length() > MAX_NAME) {
                throw new UnitSettingsForm.Invalid("Rad " + (i + 1) + ": ange vårdenhetens namn (högst " + MAX_NAME + " tecken).");
            }
            String hsa = null;
            if (parts.length > 1 && !parts[1].isBlank()) {
                final int lineNo = i + 1;
                hsa = HsaIdInput.parse(parts[1]).map(HsaId::value).orElseThrow(() ->
                        new UnitSettingsForm.Invalid("Rad " + lineNo + ": " + HsaIdInput.invalid(parts[1])));
            }
            partners.add(new Partner(name, hsa));
        }
        if (partners.size() > MAX_PARTNERS) {
            throw new UnitSettingsForm.Invalid("Högst " + MAX_PARTNERS + " joursamverkande vårdenheter.");
        }
        return partners;
    }

    /** Replaces the unit's partners with those in {@code text}. */
    @Transactional
    public List<Partner> replace(StaffUser user, HsaId unit, String text) {
        List<Partner> partners = parse(text);
        jdbc.sql("delete from facility_on_call where facility_hsa_id = :f").param("f", unit.value()).update();
        for (Partner p : partners) {
            jdbc.sql("insert into facility_on_call (facility_hsa_id, partner_name, partner_hsa_id) values (:f, :n, :h)")
                    .param("f", unit.value()).param("n", p.name()).param("h", p.hsaId(), java.sql.Types.VARCHAR)
                    .update();
        }
        audit.record(user, "UNIT_ON_CALL", null, unit, "Joursamverkan", "partners=" + partners.size());
        return partners;
    }
}
