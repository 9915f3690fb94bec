package se.listning.region.testing;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.crypto.password.PasswordEncoder;
import se.listning.domain.identity.HsaId;
import se.listning.region.staff.security.StaffRole;
import se.listning.region.staff.security.StaffUser;
import se.listning.region.staff.security.StaffUsers;

/** Staff accounts for tests: a new user per call, all with the password {@link #PASSWORD}. */
public class StaffFixtures {

    public static final String PASSWORD = "test-password";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final StaffUsers users;
    private final PasswordEncoder encoder;
    private String hash;

    public StaffFixtures(StaffUsers users, PasswordEncoder encoder) {
        this.users = users;
        this.encoder = encoder;
    }

    /** A VC-chef of {@code units}. */
    public StaffUser chef(HsaId... units) {
        return user(StaffRole.VC_CHEF, units);
    }

    public StaffUser vardval() {
        return user(StaffRole.VARDVALSBEHORIG);
    }

    public StaffUser sysadmin() {
        return user(StaffRole.SYSTEMADMINISTRATOR);
    }

    public StaffUser user(StaffRole role, HsaId... units) {
        if (hash == null) {
            hash = encoder.encode(PASSWORD);
        }
        int n = SEQUENCE.incrementAndGet();
        StaffUser user = new StaffUser("staff-" + role.name().toLowerCase() + "-" + n + "-" + System.nanoTime() % 100000,
                "Test Personal " + n, HsaId.of("SE2321000016-S" + String.format("%05d", n)), role, Set.of(units));
        users.save(user, hash);
        return user;
    }
}
