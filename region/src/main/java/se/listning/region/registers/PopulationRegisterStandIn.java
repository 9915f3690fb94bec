package se.listning.region.registers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.listning.domain.identity.CountyCode;
import se.listning.domain.identity.PersonId;
import se.listning.region.config.RegionProperties;
import se.listning.region.demodata.TestDataCatalogue;
import se.listning.region.demodata.TestDataCatalogue.Role;

/** The population register (PU) stand-in: the region's own living residents, read by primary key and index. */
@Repository
@RegistersStandIn
public class PopulationRegisterStandIn {

    private static final int ADULT_AGE = 18;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final CountyCode county;

    public PopulationRegisterStandIn(JdbcClient jdbc, Clock clock, RegionProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.county = CountyCode.of(properties.county());
    }

    /** The living resident with this id, with guardians and children under 18; empty for anyone else. */
    public Optional<RegisterPerson> resident(PersonId id) {
        return jdbc.sql("""
                        select given_name, family_name, home_county, municipality_code, protected_identity, birth_date
                        from person where person_id = :id and resident and not deceased""")
                .param("id", id.value())
                .query((rs, n) -> {
                    boolean protectedIdentity = rs.getBoolean("protected_identity");
                    return new RegisterPerson(id.value(), rs.getString("given_name"), rs.getString("family_name"),
                            rs.getString("home_county"), protectedIdentity ? null : rs.getString("municipality_code"),
                            protectedIdentity, false, rs.getObject("birth_date", LocalDate.class).toString(),
                            guardians(id), children(id));
                })
                .optional();
    }

    /** The catalogue personas living here, in the sign-in page's order. */
    public List<DemoPersona> personas() {
        Map<Role, String> ids = new EnumMap<>(Role.class);
        SignInPersonas.descriptions().keySet().forEach(role -> ids.put(role, TestDataCatalogue.personId(role, county)));
        Map<String, String> names = jdbc.sql("""
                        select person_id, concat_ws(' ', given_name, family_name) as name
                        from person where person_id in (:ids) and resident and not deceased""")
                .param("ids", ids.values())
                .query((rs, n) -> Map.entry(rs.getString("person_id"), rs.getString("name")))
                .list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        List<DemoPersona> personas = new ArrayList<>();
        SignInPersonas.descriptions().forEach((role, description) -> {
            String id = ids.get(role);
            if (names.containsKey(id)) {
                personas.add(new DemoPersona(role.name(), id, names.get(id), description));
            }
        });
        return personas;
    }

    private List<String> guardians(PersonId child) {
        return jdbc.sql("select guardian_id from guardianship where child_id = :id order by guardian_id")
                .param("id", child.value())
                .query(String.class).list();
    }

    private List<RegisterPerson.Child> children(PersonId guardian) {
        LocalDate bornAfter = LocalDate.now(clock).minusYears(ADULT_AGE);
        return jdbc.sql("""
                        select p.person_id, p.given_name, p.family_name, p.birth_date
                        from guardianship g join person p on p.person_id = g.child_id
                        where g.guardian_id = :id and p.birth_date > :bornAfter and not p.deceased
                        order by p.birth_date, p.person_id""")
                .param("id", guardian.value())
                .param("bornAfter", bornAfter)
                .query((rs, n) -> new RegisterPerson.Child(rs.getString("person_id"), rs.getString("given_name"),
                        rs.getString("family_name"), rs.getObject("birth_date", LocalDate.class).toString()))
                .list();
    }
}
