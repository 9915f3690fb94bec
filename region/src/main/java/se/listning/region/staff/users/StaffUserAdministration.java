package se.listning.region.staff.users;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.listning.domain.identity.HsaId;
import se.listning.region.audit.StaffAudit;
import se.listning.region.staff.security.StaffRole;
import se.listning.region.staff.security.StaffUser;
import se.listning.region.staff.security.StaffUsers;

/**
 * Creating and changing staff accounts (Systemadministratör): role, units, active, and a password for the
 * demo sign-in (OIDC users have none). Each change is one transaction with its audit entry. A
 * Systemadministratör cannot take their own role or account away (no lock-out of the last way in).
 */
@Service
public class StaffUserAdministration {

    static final String PURPOSE = "Användaradministration";

    /** The form's problems in Swedish; nothing was saved. */
    public static class Refused extends RuntimeException {
        private final List<String> errors;

        Refused(List<String> errors) {
            super(String.join(" ", errors));
            this.errors = List.copyOf(errors);
        }

        public List<String> errors() {
            return errors;
        }
    }

    private final StaffUsers users;
    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final StaffAudit audit;

    public StaffUserAdministration(StaffUsers users, JdbcClient jdbc, PasswordEncoder encoder, StaffAudit audit) {
        this.users = users;
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.audit = audit;
    }

    @Transactional
    public StaffUser create(StaffUserForm form, StaffUser by) {
        StaffUser user = checked(form);
        if (users.find(user.username()).isPresent()) {
            throw new Refused(List.of("Användarnamnet " + user.username() + " finns redan."));
        }
        users.save(user, hash(form));
        if (!form.isActive()) {
            users.update(user, null, false);
        }
        audit.record(by, "STAFF_USER_CREATE", null, null, PURPOSE, describe(user, form.isActive()));
        return user;
    }

    /** Changes {@code username}'s account; the username itself never changes. */
    @Transactional
    public StaffUser update(String username, StaffUserForm form, StaffUser by) {
        StaffUser user = checked(new StaffUserForm(username, form.displayName(), form.hsaId(), form.role(), form.units(),
                form.active(), form.password()));
        if (user.username().equals(by.username()) && (user.role() != StaffRole.SYSTEMADMINISTRATOR || !form.isActive())) {
            throw new Refused(List.of("Du kan inte ta bort din egen roll som Systemadministratör eller inaktivera ditt "
                    + "eget konto."));
        }
        if (!users.update(user, hash(form), form.isActive())) {
            throw new Refused(List.of("Användaren " + username + " finns inte."));
        }
        audit.record(by, "STAFF_USER_UPDATE", null, null, PURPOSE, describe(user, form.isActive())
                + (hash(form) == null ? "" : ";password=changed"));
        return user;
    }

    /** The form's account with its units as the facility table spells them; refused with every problem. */
    private StaffUser checked(StaffUserForm form) {
        StaffUserForm.Checked checked = form.check();
        List<String> errors = new ArrayList<>(checked.errors());
        if (!errors.isEmpty()) {
            throw new Refused(errors);
        }
        StaffUser user = checked.user();
        Set<HsaId> units = new java.util.LinkedHashSet<>();
        for (HsaId unit : user.units()) {
            Optional<String> stored = jdbc.sql("select hsa_id from facility where upper(hsa_id) = :key")
                    .param("key", unit.key()).query(String.class).optional();
            if (stored.isEmpty()) {
                errors.add("Vårdcentralen " + unit.value() + " finns inte i regionen.");
            } else {
                units.add(HsaId.of(stored.get()));
            }
        }
        if (!errors.isEmpty()) {
            throw new Refused(errors);
        }
        return new StaffUser(user.username(), user.displayName(), user.hsaId(), user.role(), units);
    }

    private String hash(StaffUserForm form) {
        return form.password() == null || form.password().isBlank() ? null : encoder.encode(form.password().strip());
    }

    private static String describe(StaffUser user, boolean active) {
        return "username=" + user.username() + ";role=" + user.role().name() + ";active=" + active + ";units="
                + user.units().stream().map(HsaId::value).sorted().collect(Collectors.joining(","));
    }
}
