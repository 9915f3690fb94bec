package se.listning.region.staff.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.PersonId;
import se.listning.region.staff.CsvCells;
import se.listning.region.staff.security.StaffUser;
import se.listning.region.testing.Fixtures;
import se.listning.region.testing.RegionIT;
import se.listning.region.testing.StaffFixtures;

/** The upload job against the real database: all-or-nothing, the row rules, authorisation, encodings, scale. */
class StaffCsvUploadIT extends RegionIT {

    @Autowired
    StaffFixtures staff;
    @Autowired
    CsvUploads uploads;
    @Autowired
    CsvUploadJob job;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void aValidFileSetsTheDoctorsAuditsEachChangeAndCountsOnlyRealChanges() throws IOException {
        HsaId unit = fixtures.facility().create();
        HsaId eva = fixtures.doctor(unit).name("Eva").create();
        HsaId olle = fixtures.doctor(unit).name("Olle").create();
        PersonId without = listed(unit, null);
        PersonId alreadyEva = listed(unit, eva);
        PersonId moving = listed(unit, eva);
        StaffUser chef = staff.chef(unit);

        CsvUploads.Upload result = upload(chef, String.join("\n",
                "Personnummer;Vårdcentral;Läkare;Datum",
                dashed(without) + ";" + unit.value().toLowerCase() + ";" + eva.value() + ";2026-01-15",
                alreadyEva.value() + ";" + unit.value() + ";" + eva.value(),
                moving.value() + ";" + unit.value() + ";" + olle.value()), StandardCharsets.UTF_8);

        assertThat(result.state()).isEqualTo("APPLIED");
        assertThat(result.total()).isEqualTo(3);
        assertThat(result.faulty()).isZero();
        assertThat(result.updated()).isEqualTo(2);
        assertThat(doctorOf(without)).isEqualTo(eva.value());
        assertThat(doctorOf(alreadyEva)).isEqualTo(eva.value());
        assertThat(doctorOf(moving)).isEqualTo(olle.value());
        assertThat(uploads.units(result.id())).singleElement()
                .isEqualTo(new CsvUploads.UnitSummary(unit.value(), "Vårdcentralen " + unit.value(), 3, 3, 0, 2));
        assertThat(jdbc.sql("""
                        select c.changed_at::date from listing_doctor_change c join listing l on l.id = c.listing_id
                        where l.person_id = :p""").param("p", without.value()).query(LocalDate.class).single())
                .isEqualTo(LocalDate.of(2026, 1, 15));
        // one act for the unit, and each changed patient with their new doctor (V15)
        assertThat(jdbc.sql("""
                        select unit || ' ' || detail from audit_event
                        where action = 'SET_DOCTOR' and actor_id = :a and role = 'VC_CHEF' and person_id is null""")
                .param("a", chef.auditId()).query(String.class).list())
                .containsExactly(unit.value() + " upload=" + result.id() + " patients=2");
        assertThat(jdbc.sql("""
                        select p.person_id || ' ' || p.detail from audit_event_person p join audit_event e on e.id = p.event_id
                        where e.action = 'SET_DOCTOR' and e.actor_id = :a and p.at = e.at""")
                .param("a", chef.auditId()).query(String.class).list())
                .containsExactlyInAnyOrder(without.value() + " doctor=" + eva.value() + " date=2026-01-15",
                        moving.value() + " doctor=" + olle.value());
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'CSV_UPLOAD' and actor_id = :a")
                .param("a", chef.auditId()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void oneBadRowMeansNothingIsAppliedAndTheErrorCsvListsItWithItsMessage() throws IOException {
        HsaId unit = fixtures.facility().create();
        HsaId eva = fixtures.doctor(unit).create();
        HsaId elsewhere = fixtures.doctor(fixtures.facility().create()).create();
        PersonId good = listed(unit, null);
        PersonId bad = listed(unit, null);
        StaffUser chef = staff.chef(unit);

        CsvUploads.Upload result = upload(chef, good.value() + ";" + unit.value() + ";" + eva.value() + "\r\n"
                + bad.value() + ";" + unit.value() + ";" + elsewhere.value() + "\r\n", StandardCharsets.UTF_8);

        assertThat(result.state()).isEqualTo("REJECTED");
        assertThat(result.faulty()).isEqualTo(1);
        assertThat(result.updated()).isZero();
        assertThat(doctorOf(good)).isNull();
        assertThat(uploads.errorGroups(result.id()))
                .containsExactly(new CsvUploads.ErrorGroup(UploadMessage.NO_DOCTOR, 1));
        String csv = errorCsv(result);
        assertThat(csv).startsWith(ErrorCsv.BOM + ErrorCsv.HEADER + "\r\n");
        assertThat(csv).contains(bad.value() + ";" + unit.value() + ";" + elsewhere.value() + ";;" + UploadMessage.NO_DOCTOR);
        assertThat(csv).doesNotContain(good.value());
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'SET_DOCTOR' and unit = :u")
                .param("u", unit.value()).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from audit_event_person where person_id = :p")
                .param("p", good.value()).query(Long.class).single()).isZero();
    }

    @Test
    void aChefsRowsForAnotherUnitAreRefusedAndNothingChanges() throws IOException {
        HsaId own = fixtures.facility().create();
        HsaId other = fixtures.facility().create();
        HsaId otherDoctor = fixtures.doctor(other).create();
        PersonId patient = listed(other, null);

        CsvUploads.Upload result = upload(staff.chef(own), patient.value() + ";" + other.value() + ";" + otherDoctor.value(),
                StandardCharsets.UTF_8);

        assertThat(result.state()).isEqualTo("REJECTED");
        assertThat(uploads.errorGroups(result.id())).containsExactly(new CsvUploads.ErrorGroup(UploadMessage.NOT_YOUR_UNIT, 1));
        assertThat(doctorOf(patient)).isNull();
        assertThat(upload(staff.vardval(), patient.value() + ";" + other.value() + ";" + otherDoctor.value(),
                StandardCharsets.UTF_8).state()).isEqualTo("APPLIED");
    }

    @Test
    void eachRuleGivesItsOwnMessageOnePerRow() throws IOException {
        HsaId unit = fixtures.facility().create();
        HsaId otherUnit = fixtures.facility().create();
        HsaId full = fixtures.doctor(unit).maxPatients(1).create();
        HsaId inactive = fixtures.doctor(unit).inactive().create();
        HsaId children = fixtures.doctor(unit).ages(0, 17).create();
        HsaId open = fixtures.doctor(unit).create();
        PersonId first = listed(unit, null);
        PersonId second = listed(unit, null);
        PersonId third = listed(unit, null);
        PersonId adult = listed(unit, null);
        PersonId atOther = listed(otherUnit, null);
        PersonId unknown = Fixtures.newPersonId();
        PersonId twice = listed(unit, null);
        PersonId spare = listed(unit, null);
        String u = ";" + unit.value() + ";";

        CsvUploads.Upload result = upload(staff.vardval(), String.join("\n",
                first.value() + u + full.value(),
                second.value() + u + full.value(),
                third.value() + u + inactive.value(),
                adult.value() + u + children.value(),
                atOther.value() + u + open.value(),
                unknown.value() + u + open.value(),
                twice.value() + u + open.value(),
                twice.value() + u + open.value(),
                "19121212-1213" + u + open.value(),
                spare.value() + ";SE-NO-SUCH-UNIT;" + open.value(),
                first.value() + u + open.value() + ";2099-01-01",
                first.value() + u + "=HYPERLINK(\"http://x\")",
                first.value() + u),
                StandardCharsets.UTF_8);

        Map<Long, String> messages = jdbc.sql("select line_no, message from csv_upload_error where upload_id = :id")
                .param("id", result.id()).query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list()
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(messages).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry(2L, UploadMessage.DOCTOR_FULL),
                Map.entry(3L, UploadMessage.INACTIVE_DOCTOR),
                Map.entry(4L, UploadMessage.DOCTOR_AGE),
                Map.entry(5L, UploadMessage.NOT_LISTED),
                Map.entry(6L, UploadMessage.UNKNOWN_PERSON),
                Map.entry(8L, UploadMessage.DUPLICATE),
                Map.entry(9L, UploadMessage.INVALID_PERSON),
                Map.entry(10L, UploadMessage.UNKNOWN_UNIT),
                Map.entry(11L, UploadMessage.FUTURE_DATE),
                Map.entry(12L, UploadMessage.FORMULA),
                Map.entry(13L, UploadMessage.DUPLICATE)));
        assertThat(result.state()).isEqualTo("REJECTED");
        assertThat(doctorOf(first)).isNull();
    }

    @Test
    void formulaInjectionAndBadDatesAreRefusedAndTheErrorCsvIsGuarded() throws IOException {
        HsaId unit = fixtures.facility().create();
        HsaId doctor = fixtures.doctor(unit).create();
        PersonId a = listed(unit, null);
        PersonId b = listed(unit, null);
        PersonId c = listed(unit, null);

        CsvUploads.Upload result = upload(staff.chef(unit), String.join("\n",
                a.value() + ";" + unit.value() + ";=cmd|' /C calc'!A0",
                b.value() + ";" + unit.value() + ";" + doctor.value() + ";2099-01-01",
                c.value() + ";" + unit.value() + ";" + doctor.value() + ";1.2.2026"), StandardCharsets.UTF_8);

        assertThat(uploads.errorGroups(result.id())).extracting(CsvUploads.ErrorGroup::message)
                .containsExactlyInAnyOrder(UploadMessage.FORMULA, UploadMessage.FUTURE_DATE, UploadMessage.INVALID_DATE);
        String csv = errorCsv(result);
        assertThat(csv).contains(";'=cmd|' /C calc'!A0;;" + UploadMessage.FORMULA);
        assertThat(csv.lines().skip(1)).allSatisfy(line -> assertThat(line.split(";")).noneMatch(CsvCells::isFormula));
    }

    @Test
    void aWindows1252FileWithSwedishLettersIsReadCorrectly() throws IOException {
        HsaId unit = fixtures.facility().create();
        HsaId doctor = fixtures.doctor(unit).create();
        PersonId a = listed(unit, null);
        PersonId b = listed(unit, null);

        CsvUploads.Upload result = upload(staff.chef(unit), String.join("\r\n",
                "Personnummer,Vårdcentral,Läkare,Datum",
                a.value() + "," + unit.value() + "," + doctor.value() + ",",
                b.value() + "," + unit.value() + ",Doktor Åsa Öström Ärlig"), Charset.forName("windows-1252"));

        assertThat(result.total()).isEqualTo(2);
        assertThat(errorCsv(result)).contains(";Doktor Åsa Öström Ärlig;;" + UploadMessage.NO_DOCTOR);
    }

    @Test
    void anotherUploadHoldingTheUnitRefusesTheFileWithAMessage() throws IOException {
        HsaId unit = fixtures.facility().create();
        HsaId doctor = fixtures.doctor(unit).create();
        PersonId a = listed(unit, null);
        StaffUser chef = staff.chef(unit);
        CsvUploads.Upload[] result = new CsvUploads.Upload[1];
        transactions.executeWithoutResult(tx -> {
            jdbc.sql("select pg_advisory_xact_lock(hashtextextended('csv_upload:' || :u, 0))")
                    .param("u", unit.value()).query(Object.class).single();
            Thread other = new Thread(() -> {
                try {
                    result[0] = upload(chef, a.value() + ";" + unit.value() + ";" + doctor.value(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            other.start();
            try {
                other.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertThat(result[0].state()).isEqualTo("REFUSED");
        assertThat(result[0].message()).contains("En annan uppladdning för vårdcentralen " + unit.value() + " pågår");
        assertThat(doctorOf(a)).isNull();
    }

    @Test
    void twentyTwoThousandRowsAreAppliedInOneGo() throws IOException {
        HsaId unit = fixtures.facility().create();
        List<HsaId> doctors = List.of(fixtures.doctor(unit).create(), fixtures.doctor(unit).create(),
                fixtures.doctor(unit).create());
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 22_000; i++) {
            ids.add(Fixtures.newPersonId().value());
        }
        jdbc.sql("""
                        insert into person (person_id, birth_date, home_county)
                        select id, to_date(substr(id, 1, 8), 'YYYYMMDD'), '01' from unnest(:ids) as id
                        on conflict do nothing""")
                .param("ids", ids.toArray(String[]::new)).update();
        jdbc.sql("""
                        insert into listing (person_id, code, code_system, facility_hsa_id, listing_county, valid_from,
                                             start_reason, source)
                        select id, 'PV', (select code_system from listing_type where code = 'PV' limit 1), :unit, '01',
                               localtimestamp, 'ACTIVE_CHOICE', 'fixture'
                        from unnest(:ids) as id""")
                .param("ids", ids.toArray(String[]::new)).param("unit", unit.value()).update();
        jdbc.sql("analyze person, listing").update(); // as autovacuum would after a bulk load
        StringBuilder file = new StringBuilder("personnummer;enhet;läkare\n");
        for (int i = 0; i < ids.size(); i++) {
            file.append(ids.get(i)).append(';').append(unit.value()).append(';').append(doctors.get(i % 3).value()).append('\n');
        }

        long start = System.nanoTime();
        CsvUploads.Upload result = upload(staff.chef(unit), file.toString(), StandardCharsets.UTF_8);
        System.out.printf("CSV upload of 22 000 rows: %d ms%n", (System.nanoTime() - start) / 1_000_000);

        assertThat(result.state()).isEqualTo("APPLIED");
        assertThat(result.total()).isEqualTo(22_000);
        assertThat(result.updated()).isEqualTo(22_000);
        assertThat(jdbc.sql("select count(*) from listing where facility_hsa_id = :u and active and doctor_hsa_id is not null")
                .param("u", unit.value()).query(Long.class).single()).isEqualTo(22_000);
    }

    private CsvUploads.Upload upload(StaffUser user, String content, Charset charset) throws IOException {
        Path file = Files.createTempFile("it-upload", ".csv");
        Files.write(file, content.getBytes(charset));
        long id = uploads.create(user, "test.csv", Files.size(file));
        job.run(id, user, file);
        return uploads.find(id).orElseThrow();
    }

    private String errorCsv(CsvUploads.Upload upload) throws IOException {
        StringWriter out = new StringWriter();
        uploads.writeErrors(upload.id(), out);
        return out.toString();
    }

    private PersonId listed(HsaId unit, HsaId doctor) {
        PersonId person = fixtures.resident().create();
        fixtures.listing(person, unit).doctor(doctor).create();
        return person;
    }

    private String doctorOf(PersonId person) {
        return jdbc.sql("select doctor_hsa_id from listing where person_id = :p and active")
                .param("p", person.value()).query(String.class).optional().orElse(null);
    }

    private static String dashed(PersonId person) {
        return person.value().substring(0, 8) + "-" + person.value().substring(8);
    }
}
