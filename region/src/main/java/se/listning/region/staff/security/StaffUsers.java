package se.listning.region.staff.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.listning.domain.identity.HsaId;

/** The staff_user and staff_user_unit tables. */
@Repository
public class StaffUsers {

    /** A stored account with its password hash (null for OIDC-only users). */
    public record Account(StaffUser user, String passwordHash, boolean active) {
    }

    private final JdbcClient jdbc;

    public StaffUsers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Account> find(String username) {
        return jdbc.sql("select username, display_name, hsa_id, role, password_hash, active from staff_user where username = :u")
                .param("u", username)
                .query((rs, n) -> new Account(new StaffUser(rs.getString("username"), rs.getString("display_name"),
                        rs.getString("hsa_id") == null ? null : HsaId.of(rs.getString("hsa_id")),
                        StaffRole.valueOf(rs.getString("role")), units(rs.getString("username"))),
                        rs.getString("password_hash"), rs.getBoolean("active")))
                .optional();
    }

    /** The active user, if any: what every request of a signed-in user is authorised against. */
    public Optional<StaffUser> findActive(String username) {
        return find(username).filter(Account::active).map(Account::user);
    }

    public List<StaffUser> all() {
        return accounts().stream().map(Account::user).toList();
    }

    /** Every account, active or not, by role and name. */
    public List<Account> accounts() {
        return jdbc.sql("select username from staff_user order by role, display_name").query(String.class).list().stream()
                .map(this::find).flatMap(Optional::stream).toList();
    }

    /**
     * Changes an existing account: name, HSA-id, role, units and whether it is active; the password hash only
     * when {@code newPasswordHash} is not null. Returns false when there is no such account.
     */
    public boolean update(StaffUser user, String newPasswordHash, boolean active) {
        int rows = jdbc.sql("""
                        update staff_user set display_name = :name, hsa_id = :hsa, role = :role, active = :active,
                            password_hash = coalesce(:hash, password_hash)
                        where username = :u""")
                .param("u", user.username())
                .param("name", user.displayName())
                .param("hsa", user.hsaId() == null ? null : user.hsaId().value(), java.sql.Types.VARCHAR)
                .param("role", user.role().name())
                .param("active", active)
                .param("hash", newPasswordHash, java.sql.Types.VARCHAR)
                .update();
        if (rows == 0) {
            return false;
        }
        replaceUnits(user);
        return true;
    }

    private Set<HsaId> units(String username) {
        return jdbc.sql("select facility_hsa_id from staff_user_unit where username = :u").param("u", username)
                .query(String.class).list().stream().map(HsaId::of).collect(Collectors.toSet());
    }

    /** Creates or replaces an account and its units (demo users, tests, administration). */
    public void save(StaffUser user, String passwordHash) {
        jdbc.sql("""
                        insert into staff_user (username, display_name, hsa_id, role, password_hash, active)
                        values (:u, :name, :hsa, :role, :hash, true)
                        on conflict (username) do update set display_name = excluded.display_name, hsa_id = excluded.hsa_id,
                            role = excluded.role, password_hash = excluded.password_hash, active = true""")
                .param("u", user.username())
                .param("name", user.displayName())
                .param("hsa", user.hsaId() == null ? null : user.hsaId().value(), java.sql.Types.VARCHAR)
                .param("role", user.role().name())
                .param("hash", passwordHash, java.sql.Types.VARCHAR)
                .update();
        replaceUnits(user);
    }

    private void replaceUnits(StaffUser user) {
        jdbc.sql("delete from staff_user_unit where username = :u").param("u", user.username()).update();
        for (HsaId unit : user.units()) {
            jdbc.sql("insert into staff_user_unit (username, facility_hsa_id) values (:u, :f)")
                    .param("u", user.username()).param("f", unit.value()).update();
        }
    }
}
