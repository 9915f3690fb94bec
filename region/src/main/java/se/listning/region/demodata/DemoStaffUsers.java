package se.listning.region.demodata;

import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import se.listning.domain.identity.HsaId;
import se.listning.region.staff.security.StaffRole;
import se.listning.region.staff.security.StaffUser;
import se.listning.region.staff.security.StaffUsers;

/**
 * Demo sign-in accounts for the staff tool (README lists them), created when the demo data is on and
 * no staff user exists yet. The VC-chef manages the two listable units with doctors that have the most listed patients.
 */
@Component
@Order(1)
@ConditionalOnProperty(prefix = "listning", name = "demo-data", havingValue = "true", matchIfMissing = true)
public class DemoStaffUsers implements ApplicationRunner {

    /** The demo password of every demo account. */
    public static final String PASSWORD = "demo";

    private static final Logger log = LoggerFactory.getLogger(DemoStaffUsers.class);

    private final JdbcClient jdbc;
    private final StaffUsers users;
    private final PasswordEncoder encoder;

    public DemoStaffUsers(JdbcClient jdbc, StaffUsers users, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.users = users;
        this.encoder = encoder;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from staff_user").query(Long.class).single() > 0) {
            return;
        }
        List<HsaId> units = jdbc.sql("""
                        select f.hsa_id from facility f join listing l on l.facility_hsa_id = f.hsa_id and l.active
                        where f.listable and exists (select 1 from doctor d where d.facility_hsa_id = f.hsa_id)
                        group by f.hsa_id order by count(*) desc, f.hsa_id limit 2""")
                .query(String.class).list().stream().map(HsaId::of).toList();
        String hash = encoder.encode(PASSWORD);
        users.save(new StaffUser("vc-chef", "Vera Chefsson", null, StaffRole.VC_CHEF, Set.copyOf(units)), hash);
        users.save(new StaffUser("vardval", "Valter Vårdvalsson", null, StaffRole.VARDVALSBEHORIG, Set.of()), hash);
        users.save(new StaffUser("sysadmin", "Sara Systemsson", null, StaffRole.SYSTEMADMINISTRATOR, Set.of()), hash);
        log.info("Demo staff users (password '{}'): vc-chef (VC-chef for {}), vardval (Vårdvalsbehörig), sysadmin "
                + "(Systemadministratör)", PASSWORD, units);
    }
}
