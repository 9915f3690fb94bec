package se.listning.region.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No code path of the application changes audit_event or audit_event_person: over every main source file and
 * migration, no SQL updates, deletes, truncates, drops or alters them, and no migration but the two that create
 * them (V5, V15) touches their append-only triggers. The one statement built from table names at run time
 * (re-keying a person, PersonKeyColumns) excludes both. Together with {@link AuditAppendOnlyIT} (the triggers
 * refuse it anyway).
 */
class AuditSqlTest {

    /** SQL that would change or remove audit rows or the table, wherever it is written (text blocks, strings). */
    static final Pattern CHANGES_AUDIT = Pattern.compile(
            "\\b(update\\s+(only\\s+)?|delete\\s+from\\s+(only\\s+)?|truncate\\s+(table\\s+)?(only\\s+)?|drop\\s+table\\s+(if\\s+exists\\s+)?"
                    + "|alter\\s+table\\s+(if\\s+exists\\s+)?(only\\s+)?|merge\\s+into\\s+|copy\\s+)audit_event(_person)?\\b",
            Pattern.CASE_INSENSITIVE);
    /** Anything that would switch the append-only triggers off. */
    static final Pattern TRIGGER_TAMPERING = Pattern.compile(
            "disable\\s+trigger|drop\\s+trigger|audit_event(_person)?_append_only|session_replication_role",
            Pattern.CASE_INSENSITIVE);

    private static final Path MAIN = Path.of("src/main");

    @Test
    void thePatternsCatchWhatTheyAreFor() {
        assertThat(CHANGES_AUDIT.matcher("jdbc.sql(\"\"\"\n    UPDATE\n  audit_event set x = 1").find()).isTrue();
        assertThat(CHANGES_AUDIT.matcher("delete from audit_event where id = 1").find()).isTrue();
        assertThat(CHANGES_AUDIT.matcher("truncate table audit_event").find()).isTrue();
        assertThat(CHANGES_AUDIT.matcher("insert into audit_event (channel) values ('x')").find()).isFalse();
        assertThat(CHANGES_AUDIT.matcher("select * from audit_event").find()).isFalse();
        assertThat(CHANGES_AUDIT.matcher("delete from audit_event_person where id = 1").find()).isTrue();
        assertThat(CHANGES_AUDIT.matcher("update audit_events set x = 1").find()).isFalse();
        assertThat(TRIGGER_TAMPERING.matcher("alter table audit_event DISABLE TRIGGER all").find()).isTrue();
    }

    @Test
    void noMainCodeChangesAuditRows() {
        assertThat(files(MAIN.resolve("java"), ".java")).isNotEmpty().allSatisfy(file ->
                assertThat(CHANGES_AUDIT.matcher(read(file)).find()).as("%s changes audit_event", file).isFalse());
    }

    @Test
    void onlyV5DefinesTheTriggersAndNoMigrationChangesAuditRows() {
        List<Path> migrations = files(MAIN.resolve("resources/db/migration"), ".sql");
        assertThat(migrations).isNotEmpty();
        for (Path migration : migrations) {
            String sql = read(migration).replaceAll("--[^\\n]*", "");
            if (migration.getFileName().toString().startsWith("V5__")
                    || migration.getFileName().toString().startsWith("V15__")) {
                continue; // create the triggers of audit_event (and add columns) and of audit_event_person
            }
            assertThat(TRIGGER_TAMPERING.matcher(sql).find()).as("%s touches the append-only triggers", migration).isFalse();
            assertThat(CHANGES_AUDIT.matcher(sql).find()).as("%s changes audit_event", migration).isFalse();
        }
    }

    @Test
    void noMainCodeSwitchesTheTriggersOff() {
        assertThat(files(MAIN.resolve("java"), ".java")).allSatisfy(file ->
                assertThat(TRIGGER_TAMPERING.matcher(read(file)).find()).as("%s", file).isFalse());
    }

    @Test
    void reKeyingAPersonLeavesTheAuditLogAlone() {
        String keyColumns = read(MAIN.resolve("java/se/listning/region/population/PersonKeyColumns.java"));
        assertThat(keyColumns).containsPattern("not in \\([^)]*'audit_event'")
                .containsPattern("not in \\([^)]*'audit_event_person'");
    }

    private static List<Path> files(Path root, String suffix) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
