package se.listning.region.population;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every column that holds a person id, found in the schema rather than listed by hand, so a table
 * another feature adds later is re-keyed too when a samordningsnummer is replaced. Excluded: the
 * person table itself (handled first) and the audit log (history of what happened under the old id).
 */
@Component
public class PersonKeyColumns {

    public record Column(String table, String column) {
    }

    private final JdbcClient jdbc;
    private volatile List<Column> columns;

    public PersonKeyColumns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Column> columns() {
        List<Column> found = columns;
        if (found == null) {
            found = jdbc.sql("""
                            select c.table_name, c.column_name from information_schema.columns c
                            join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                            where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
                              and c.column_name in ('person_id', 'child_id', 'guardian_id')
                              and c.table_name not in ('person', 'audit_event', 'audit_event_person', 'flyway_schema_history')
                            order by c.table_name, c.column_name""")
                    .query((rs, n) -> new Column(rs.getString(1), rs.getString(2))).list();
            columns = found;
        }
        return found;
    }
}
