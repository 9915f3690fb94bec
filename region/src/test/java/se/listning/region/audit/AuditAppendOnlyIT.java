package se.listning.region.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import se.listning.domain.identity.PersonId;
import se.listning.region.testing.Fixtures;
import se.listning.region.testing.RegionIT;

/**
 * audit_event cannot be changed through the application: UPDATE, DELETE and TRUNCATE through the application's
 * own DataSource (plain JDBC), its JdbcClient and inside a Spring transaction are all refused by the V5 triggers,
 * and the rows stay as written.
 */
class AuditAppendOnlyIT extends RegionIT {

    @Autowired
    DataSource dataSource;
    @Autowired
    AuditLog audit;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void updateDeleteAndTruncateAreRefusedOnEveryPathOfTheApplication() throws Exception {
        PersonId person = Fixtures.newPersonId();
        audit.write(AuditRow.system(SystemActor.OPERATOR, "APPEND_ONLY_PROBE", person, null, "OK", "original"));
        long id = jdbc.sql("select id from audit_event where person_id = :p").param("p", person.value())
                .query(Long.class).single();

        List<String> statements = List.of(
                "update audit_event set detail = 'changed' where id = " + id,
                "update audit_event set person_id = null where id = " + id,
                "delete from audit_event where id = " + id,
                "truncate audit_event",
                "truncate table audit_event cascade");
        for (String sql : statements) {
            assertThatThrownBy(() -> jdbc.sql(sql).update()).as("JdbcClient: %s", sql)
                    .hasStackTraceContaining("audit_event is append-only");
            assertThatThrownBy(() -> transactions.executeWithoutResult(s -> jdbc.sql(sql).update()))
                    .as("in a transaction: %s", sql).hasStackTraceContaining("audit_event is append-only");
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                assertThatThrownBy(() -> statement.execute(sql)).as("DataSource: %s", sql)
                        .hasMessageContaining("audit_event is append-only");
            }
        }

        assertThat(jdbc.sql("select detail from audit_event where id = :id").param("id", id).query(String.class).single())
                .isEqualTo("original");
        assertThat(jdbc.sql("select count(*) from audit_event where person_id = :p").param("p", person.value())
                .query(Integer.class).single()).isEqualTo(1);
    }
}
