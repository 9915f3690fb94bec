package se.listning.region.persistence;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.listning.domain.identity.CountyCode;
import se.listning.domain.identity.PersonId;
import se.listning.domain.model.Person;
import se.listning.domain.port.PersonStore;

/** Persons from the person table, with their guardians as an array in the same row (one statement per person). */
@Repository
public class JdbcPersonStore implements PersonStore {

    private static final String SELECT = """
            select person_id, coordination_number, home_county, resident, protected_identity, deceased,
                   array(select g.guardian_id from guardianship g where g.child_id = person.person_id
                         order by g.guardian_id) as guardians
            from person where person_id = :id""";

    private final JdbcClient jdbc;

    public JdbcPersonStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Person> find(PersonId id) {
        return select(SELECT, id);
    }

    @Override
    public Optional<Person> lock(PersonId id) {
        return select(SELECT + " for update", id);
    }

    @Override
    public Person lockOrRegisterVisitor(PersonId id, CountyCode homeCounty) {
        jdbc.sql("""
                        insert into person (person_id, coordination_number, birth_date, home_county, resident)
                        values (:id, :coordination, :birthDate, :homeCounty, false)
                        on conflict (person_id) do nothing""")
                .param("id", id.value())
                .param("coordination", id.kind() == PersonId.Kind.SAMORDNINGSNUMMER)
                .param("birthDate", id.birthDate())
                .param("homeCounty", homeCounty.code(), Types.VARCHAR)
                .update();
        return lock(id).orElseThrow(() -> new IllegalStateException("person " + id.masked() + " vanished after insert"));
    }

    private Optional<Person> select(String sql, PersonId id) {
        return jdbc.sql(sql).param("id", id.value())
                .query((rs, n) -> new Person(
                        new PersonId(rs.getString("person_id"), rs.getBoolean("coordination_number")
                                ? PersonId.Kind.SAMORDNINGSNUMMER : PersonId.Kind.PERSONNUMMER),
                        CountyCode.of(rs.getString("home_county")),
                        rs.getBoolean("resident"), rs.getBoolean("protected_identity"), rs.getBoolean("deceased"),
                        guardians(rs.getArray("guardians"))))
                .optional();
    }

    private static List<PersonId> guardians(Array array) throws SQLException {
        return Arrays.stream((String[]) array.getArray()).map(PersonId::parse).toList();
    }
}
