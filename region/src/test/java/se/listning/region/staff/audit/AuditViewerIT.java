package se.listning.region.staff.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.PersonId;
import se.listning.region.audit.StaffAudit;
import se.listning.region.staff.security.StaffHttp;
import se.listning.region.staff.security.StaffUser;
import se.listning.region.testing.RegionIT;
import se.listning.region.testing.StaffFixtures;

/** The audit log viewer over HTTP: filters, keyset paging, the audited person search, CSV export, append-only. */
class AuditViewerIT extends RegionIT {

    @Autowired
    StaffFixtures staff;

    @Autowired
    StaffAudit audit;

    @Test
    void aPersonSearchShowsThatPersonsEntriesOnlyAndIsItselfAudited() {
        HsaId unit = fixtures.facility().create();
        StaffUser chef = staff.chef(unit);
        PersonId person = fixtures.resident().create();
        PersonId other = fixtures.resident().create();
        audit.record(chef, "SET_DOCTOR", person, unit, "Administrera koppling", "doctor=SE-D1");
        audit.record(chef, "SET_DOCTOR", other, unit, "Administrera koppling", "doctor=SE-D2");
        StaffUser admin = staff.sysadmin();

        String dashed = person.value().substring(0, 8) + "-" + person.value().substring(8);
        String page = StaffHttp.signedIn(port, admin.username()).get("/staff/audit?person=" + dashed).body();

        assertThat(page).contains("doctor=SE-D1", chef.auditId(), "VC-chef", unit.value(), "Administrera koppling")
                .contains(dashed)
                .doesNotContain("doctor=SE-D2", other.value().substring(0, 8) + "-" + other.value().substring(8))
                .contains("går bara att lägga till i");
        assertThat(jdbc.sql("""
                        select count(*) from audit_event where person_id = :p and action = 'READ' and actor_id = :a
                            and role = 'SYSTEMADMINISTRATOR' and purpose = 'Loggkontroll' and channel = 'staff'""")
                .param("p", person.value()).param("a", admin.auditId()).query(Integer.class).single())
                .isEqualTo(1);
    }

    @Test
    void pagesAreKeysetPagesOfFiftyNewestFirst() {
        PersonId person = fixtures.resident().create();
        String action = "SEED_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        jdbc.sql("""
                        insert into audit_event (at, channel, action, person_id, outcome, detail)
                        select timestamp '2026-01-01 08:00' + (n / 2) * interval '1 minute', 'job', :action, :p, 'OK',
                               'n=' || n
                        from generate_series(1, 60) n""")
                .param("action", action).param("p", person.value()).update();
        StaffHttp session = StaffHttp.signedIn(port, staff.sysadmin().username());

        String first = session.get("/staff/audit?person=" + person.value() + "&action=" + action.toLowerCase()).body();
        List<Integer> firstRows = numbers(first);
        assertThat(firstRows).hasSize(50).startsWith(60, 59, 58).endsWith(11);
        Matcher next = Pattern.compile("name=\"efter\" value=\"([^\"]+)\"").matcher(first);
        assertThat(next.find()).isTrue();

        String second = session.get("/staff/audit?person=" + person.value() + "&action=" + action + "&efter="
                + URLEncoder.encode(next.group(1), StandardCharsets.UTF_8)).body();
        assertThat(numbers(second)).containsExactly(10, 9, 8, 7, 6, 5, 4, 3, 2, 1);
        assertThat(second).doesNotContain("name=\"efter\"").contains("Nyaste posterna");
    }

    @Test
    void badFilterInputGivesSwedishMessagesAndSearchesNothing() {
        StaffUser admin = staff.sysadmin();
        String page = StaffHttp.signedIn(port, admin.username())
                .get("/staff/audit?person=19121212-1213&from=2026-13-01&to=igår").body();
        assertThat(page).contains("role=\"alert\"", "Personnumret är inte giltigt", "Från-datum ska skrivas ÅÅÅÅ-MM-DD",
                "Till-datum ska skrivas ÅÅÅÅ-MM-DD").doesNotContain("<tbody>");
        String reversed = StaffHttp.signedIn(port, admin.username()).get("/staff/audit?from=2026-02-01&to=2026-01-01").body();
        assertThat(reversed).contains("Från-datum ligger efter till-datum.");
        assertThat(jdbc.sql("select count(*) from audit_event where actor_id = :a").param("a", admin.auditId())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void filtersByUserUnitChannelAndDate() {
        HsaId unit = fixtures.facility().create();
        StaffUser chef = staff.chef(unit);
        StaffUser vardval = staff.vardval();
        PersonId person = fixtures.resident().create();
        audit.record(chef, "GRANT_EXEMPTION", person, unit, "Undantag", "by-chef");
        audit.record(vardval, "GRANT_EXEMPTION", person, null, "Undantag", "by-vardval");
        StaffHttp session = StaffHttp.signedIn(port, staff.sysadmin().username());

        assertThat(session.get("/staff/audit?user=" + chef.auditId()).body()).contains("by-chef").doesNotContain("by-vardval");
        assertThat(session.get("/staff/audit?user=" + chef.username()).body()).as("username for HSA-id")
                .contains("by-chef").doesNotContain("by-vardval");
        assertThat(session.get("/staff/audit?unit=" + unit.value()).body()).contains("by-chef").doesNotContain("by-vardval");
        assertThat(session.get("/staff/audit?channel=staff&user=" + vardval.auditId()).body()).contains("by-vardval");
        assertThat(session.get("/staff/audit?channel=GetListing&user=" + vardval.auditId()).body())
                .contains("Inga loggposter matchar filtret");
        assertThat(session.get("/staff/audit?user=" + vardval.auditId() + "&to=2020-01-01").body())
                .contains("Inga loggposter matchar filtret");
        assertThat(session.get("/staff/audit?user=" + vardval.auditId() + "&from=2020-01-01").body()).contains("by-vardval");
    }

    @Test
    void csvExportGuardsFormulasAndIsAudited() {
        HsaId unit = fixtures.facility().create();
        StaffUser chef = staff.chef(unit);
        PersonId person = fixtures.resident().create();
        audit.record(chef, "CSV_UPLOAD", person, unit, "-rensa", "=HYPERLINK(\"http://x\";\"klicka\")");
        StaffUser admin = staff.sysadmin();

        HttpResponse<String> csv = StaffHttp.signedIn(port, admin.username()).get("/staff/audit/export?user=" + chef.auditId());

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0]).isEqualTo("\uFEFF" + String.join(";", AuditCsv.HEADER));
        assertThat(lines).hasSize(2);
        assertThat(lines[1]).contains(";" + person.value().substring(0, 8) + "-" + person.value().substring(8) + ";", ";'-rensa;", "\"'=HYPERLINK(\"\"http://x\"\";\"\"klicka\"\")\"")
                .contains("VC-chef");
        assertThat(jdbc.sql("select detail from audit_event where actor_id = :a and action = 'AUDIT_EXPORT' and purpose = 'Loggkontroll'")
                .param("a", admin.auditId()).query(String.class).single())
                .contains("användare=" + chef.auditId()).doesNotContain(person.value());
    }

    @Test
    void csvExportIsCappedWithAClosingNote() {
        String action = "CAP_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        jdbc.sql("""
                        insert into audit_event (channel, action, outcome)
                        select 'job', :action, 'OK' from generate_series(1, :n)""")
                .param("action", action).param("n", AuditController.EXPORT_MAX + 1).update();

        String[] lines = StaffHttp.signedIn(port, staff.sysadmin().username())
                .get("/staff/audit/export?action=" + action).body().split("\r\n");

        assertThat(lines).hasSize(AuditController.EXPORT_MAX + 2);
        assertThat(lines[lines.length - 1]).startsWith("# Exporten är begränsad till 100000 rader");
    }

    @Test
    void aPersonsPagesMergeTheirOwnEntriesWithTheActsOnManyPersonsThatConcernedThem() {
        PersonId person = fixtures.resident().create();
        String action = "SEED_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        // even n: this person's rows of one act on many persons (V15); odd n: entries of their own, written after
        // so that within a minute the odd one has the higher id, as in the single-table paging test above
        jdbc.sql("""
                        with act as (
                            insert into audit_event (at, channel, action, outcome)
                            values (timestamp '2026-01-01 07:00', 'staff', :action, 'OK') returning id)
                        insert into audit_event_person (event_id, at, person_id, detail)
                        select act.id, timestamp '2026-01-01 08:00' + (n / 2) * interval '1 minute', :p, 'n=' || n
                        from act, generate_series(2, 60, 2) n""")
                .param("action", action).param("p", person.value()).update();
        jdbc.sql("""
                        insert into audit_event (at, channel, action, person_id, outcome, detail)
                        select timestamp '2026-01-01 08:00' + (n / 2) * interval '1 minute', 'job', :action, :p, 'OK',
                               'n=' || n
                        from generate_series(1, 59, 2) n""")
                .param("action", action).param("p", person.value()).update();
        StaffHttp session = StaffHttp.signedIn(port, staff.sysadmin().username());

        String first = session.get("/staff/audit?person=" + person.value() + "&action=" + action).body();
        assertThat(numbers(first)).hasSize(50).startsWith(60, 59, 58).endsWith(11);
        Matcher next = Pattern.compile("name=\"efter\" value=\"([^\"]+)\"").matcher(first);
        assertThat(next.find()).isTrue();
        String second = session.get("/staff/audit?person=" + person.value() + "&action=" + action + "&efter="
                + URLEncoder.encode(next.group(1), StandardCharsets.UTF_8)).body();
        assertThat(numbers(second)).containsExactly(10, 9, 8, 7, 6, 5, 4, 3, 2, 1);

        String unfiltered = session.get("/staff/audit?action=" + action).body();
        assertThat(numbers(unfiltered)).as("without a person: the act once, not each person it concerned")
                .hasSize(30).allMatch(n -> n % 2 == 1);
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event_person where person_id = :p")
                .param("p", person.value()).update()).hasMessageContaining("audit_event_person is append-only");
    }

    @Test
    void theLogIsAppendOnlyEvenForTheApplicationsOwnConnection() {
        PersonId person = fixtures.resident().create();
        audit.record(staff.vardval(), "READ", person, null, "Personsök", null);

        assertThatThrownBy(() -> jdbc.sql("update audit_event set detail = 'ändrad' where person_id = :p")
                .param("p", person.value()).update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event where person_id = :p")
                .param("p", person.value()).update()).hasMessageContaining("append-only");
        assertThat(jdbc.sql("select count(*) from audit_event where person_id = :p").param("p", person.value())
                .query(Integer.class).single()).isEqualTo(1);
    }

    private static List<Integer> numbers(String page) {
        return Pattern.compile("<td>n=(\\d+)</td>").matcher(page).results()
                .map(m -> Integer.parseInt(m.group(1))).toList();
    }
}
