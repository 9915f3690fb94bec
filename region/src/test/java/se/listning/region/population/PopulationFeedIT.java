package se.listning.region.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.ListingTypeCode;
import se.listning.domain.identity.PersonId;
import se.listning.region.demodata.RegionIds;
import se.listning.region.testing.Fixtures;
import se.listning.region.testing.RegionIT;

/** Feeds applied on the real database (region 01, passive listing off). */
class PopulationFeedIT extends RegionIT {

    @Autowired PopulationFeeds feeds;

    @TempDir Path dir;

    private HsaId unit;

    @BeforeEach
    void unit() {
        fixtures.ensurePv();
        unit = fixtures.facility().cap(100).queue(true).create();
    }

    private Path feed(String... lines) throws IOException {
        return feed(List.of(lines));
    }

    private Path feed(List<String> lines) throws IOException {
        String id = "PU-" + UUID.randomUUID();
        Path file = dir.resolve(id + ".txt");
        try (FeedWriter writer = FeedWriter.to(file, "01", id, LocalDateTime.now())) {
            for (String line : lines) {
                writer.line(line);
            }
        }
        return file;
    }

    private FeedJob apply(Path file) {
        return feeds.submit(file, false);
    }

    private Map<String, Object> person(PersonId id) {
        return jdbc.sql("select * from person where person_id = :id").param("id", id.value()).query().singleRow();
    }

    private List<String> activeListings(PersonId id) {
        return jdbc.sql("select coalesce(facility_hsa_id, 'county:' || listing_county) from listing where person_id = :id and active")
                .param("id", id.value()).query(String.class).list();
    }

    private List<String> endReasons(PersonId id) {
        return jdbc.sql("select end_reason from listing where person_id = :id and not active order by id")
                .param("id", id.value()).query(String.class).list();
    }

    private void listedElsewhere(PersonId person, String county) {
        jdbc.sql("""
                        insert into listing (person_id, code, code_system, facility_hsa_id, listing_county, valid_from, start_reason, source)
                        values (:p, :code, :system, null, :county, localtimestamp - interval '10 days', 'LISTED_IN_OTHER_REGION', 'test')""")
                .param("p", person.value()).param("code", ListingTypeCode.PV.code())
                .param("system", ListingTypeCode.PV.codeSystem()).param("county", county).update();
    }

    private long queue(PersonId person, HsaId facility) {
        return jdbc.sql("""
                        insert into queue_place (person_id, facility_hsa_id, code, code_system, queued_at)
                        values (:p, :f, :code, :system, localtimestamp) returning id""")
                .param("p", person.value()).param("f", facility.value()).param("code", ListingTypeCode.PV.code())
                .param("system", ListingTypeCode.PV.codeSystem()).query(Long.class).single();
    }

    private static PersonId coordinationNumber() {
        LocalDate birth = LocalDate.of(1931, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(360));
        return PersonId.parse(RegionIds.personId(birth, true, ThreadLocalRandom.current().nextInt(800)));
    }

    @Test
    void newResidentIsRegisteredWithGuardiansAndNoListingWhenPassiveListingIsOff() throws IOException {
        PersonId mother = fixtures.resident().create();
        PersonId child = Fixtures.newPersonId(LocalDate.now().minusDays(3));

        FeedJob job = apply(feed("NEW_RESIDENT;" + child.value() + ";0180;Ella;Åström;Storgatan 1;11122;Stockholm;" + mother.value()));

        assertThat(job.state()).isEqualTo(FeedJob.State.DONE);
        assertThat(job.appliedChanges()).isEqualTo(1);
        Map<String, Object> row = person(child);
        assertThat(row).containsEntry("resident", true).containsEntry("home_county", "01")
                .containsEntry("municipality_code", "0180").containsEntry("family_name", "Åström")
                .containsEntry("birth_date", java.sql.Date.valueOf(child.birthDate()));
        assertThat(jdbc.sql("select guardian_id from guardianship where child_id = :c").param("c", child.value())
                .query(String.class).list()).containsExactly(mother.value());
        assertThat(activeListings(child)).isEmpty();
    }

    @Test
    void movedOutResetsEverythingAndMakesThePersonAVisitorOfTheNewCounty() throws IOException {
        PersonId resident = fixtures.resident().create();
        fixtures.listing(resident, unit).create();
        HsaId full = fixtures.facility().cap(0).queue(true).create();
        queue(resident, full);
        PersonId crossCounty = fixtures.resident().create();
        listedElsewhere(crossCounty, "03");

        FeedJob job = apply(feed("MOVED_OUT;" + resident.value() + ";20", "MOVED_OUT;" + crossCounty.value() + ";14"));

        assertThat(job.state()).isEqualTo(FeedJob.State.DONE);
        assertThat(activeListings(resident)).isEmpty();
        assertThat(endReasons(resident)).containsExactly("MOVED");
        assertThat(jdbc.sql("select leave_reason from queue_place where person_id = :p").param("p", resident.value())
                .query(String.class).list()).containsExactly("MOVED");
        assertThat(person(resident)).containsEntry("resident", false).containsEntry("home_county", "20");
        assertThat(activeListings(crossCounty)).isEmpty();
        assertThat(endReasons(crossCounty)).containsExactly("MOVED");
        assertThat(person(crossCounty)).containsEntry("home_county", "14");
        assertThat(jdbc.sql("select count(*) from outbox_update_listing where person_id in (:a, :b)")
                .param("a", resident.value()).param("b", crossCounty.value()).query(Integer.class).single())
                .as("no UpdateListing for a move (spec 5.12)").isZero();
    }

    @Test
    void aVisitorWhoMovesToYetAnotherCountyOrDiesLosesTheListingHere() throws IOException {
        PersonId mover = fixtures.resident().county("20").visitor().create();
        fixtures.listing(mover, unit).create();
        PersonId dying = fixtures.resident().county("14").visitor().create();
        fixtures.listing(dying, unit).create();

        apply(feed("MOVED_OUT;" + mover.value() + ";14", "DECEASED;" + dying.value() + ";2026-11-30"));

        assertThat(activeListings(mover)).isEmpty();
        assertThat(endReasons(mover)).containsExactly("MOVED");
        assertThat(person(mover)).containsEntry("home_county", "14").containsEntry("resident", false);
        assertThat(activeListings(dying)).isEmpty();
        assertThat(endReasons(dying)).containsExactly("DECEASED");
        assertThat(person(dying)).containsEntry("deceased", true);
    }

    @Test
    void deceasedEndsListingsAndQueuePlaces() throws IOException {
        PersonId person = fixtures.resident().create();
        fixtures.listing(person, unit).create();
        HsaId full = fixtures.facility().cap(0).queue(true).create();
        queue(person, full);

        apply(feed("DECEASED;" + person.value() + ";2026-12-01"));

        assertThat(activeListings(person)).isEmpty();
        assertThat(endReasons(person)).containsExactly("DECEASED");
        assertThat(jdbc.sql("select leave_reason from queue_place where person_id = :p").param("p", person.value())
                .query(String.class).list()).containsExactly("DECEASED");
        assertThat(person(person)).containsEntry("deceased", true);
    }

    @Test
    void movedInTurnsAVisitorIntoAResidentAndResetsTheListing() throws IOException {
        PersonId visitor = fixtures.resident().county("20").visitor().create();
        fixtures.listing(visitor, unit).create();
        PersonId stranger = Fixtures.newPersonId();

        apply(feed("MOVED_IN;" + visitor.value() + ";20;0180;Vera;Vandrare;Gatan 3;11122;Stockholm;",
                "MOVED_IN;" + stranger.value() + ";14;0182;Sten;Sund;Vägen 9;13130;Nacka;"));

        assertThat(person(visitor)).containsEntry("resident", true).containsEntry("home_county", "01")
                .containsEntry("municipality_code", "0180");
        assertThat(activeListings(visitor)).isEmpty();
        assertThat(endReasons(visitor)).containsExactly("MOVED");
        assertThat(person(stranger)).containsEntry("resident", true).containsEntry("city", "Nacka");
    }

    @Test
    void movedWithinProtectedIdentityAndGuardiansUpdateThePerson() throws IOException {
        PersonId father = fixtures.resident().create();
        PersonId mother = fixtures.resident().create();
        PersonId child = fixtures.resident().born(LocalDate.of(2019, 3, 3)).guardians(father).create();
        fixtures.listing(child, unit).create();

        apply(feed("MOVED_WITHIN;" + child.value() + ";0182;Nya vägen 2;13130;Nacka",
                "PROTECTED_IDENTITY;" + child.value() + ";ON",
                "GUARDIANS;" + child.value() + ";" + mother.value() + "," + father.value()));

        assertThat(person(child)).containsEntry("municipality_code", "0182").containsEntry("street_address", "Nya vägen 2")
                .containsEntry("protected_identity", true);
        assertThat(jdbc.sql("select guardian_id from guardianship where child_id = :c order by guardian_id")
                .param("c", child.value()).query(String.class).list())
                .containsExactlyInAnyOrder(mother.value(), father.value());
        assertThat(activeListings(child)).as("a move within the county keeps the listing").containsExactly(unit.value());
    }

    @Test
    void idReplacedReKeysEveryTable() throws IOException {
        PersonId old = coordinationNumber();
        fixtures.resident(old.value()).create();
        PersonId child = fixtures.resident().born(LocalDate.of(2018, 4, 4)).guardians(old).create();
        long listing = fixtures.listing(old, unit).create();
        HsaId full = fixtures.facility().cap(0).queue(true).create();
        queue(old, full);
        jdbc.sql("insert into relisting (person_id, code, code_system, counted_at, source) values (:p, 'PV', :s, localtimestamp, 'test')")
                .param("p", old.value()).param("s", ListingTypeCode.PV.codeSystem()).update();
        PersonId replacement = Fixtures.newPersonId(old.birthDate());

        FeedJob job = apply(feed("ID_REPLACED;" + old.value() + ";" + replacement.value()));

        assertThat(job.state()).isEqualTo(FeedJob.State.DONE);
        assertThat(jdbc.sql("select count(*) from person where person_id = :p").param("p", old.value())
                .query(Integer.class).single()).isZero();
        assertThat(person(replacement)).containsEntry("coordination_number", false).containsEntry("resident", true);
        assertThat(jdbc.sql("select person_id from listing where id = :id").param("id", listing).query(String.class).single())
                .isEqualTo(replacement.value());
        assertThat(jdbc.sql("select count(*) from queue_place where person_id = :p").param("p", replacement.value())
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from relisting where person_id = :p").param("p", replacement.value())
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select guardian_id from guardianship where child_id = :c").param("c", child.value())
                .query(String.class).list()).containsExactly(replacement.value());
        for (String table : List.of("listing", "queue_place", "relisting", "guardianship")) {
            String column = table.equals("guardianship") ? "guardian_id" : "person_id";
            assertThat(jdbc.sql("select count(*) from " + table + " where " + column + " = :p").param("p", old.value())
                    .query(Integer.class).single()).as(table).isZero();
        }
    }

    @Test
    void aFeedWithAnyProblemIsRejectedWholeAndNothingIsApplied() throws IOException {
        PersonId known = fixtures.resident().create();
        fixtures.listing(known, unit).create();
        PersonId unknown = Fixtures.newPersonId();
        PersonId newcomer = Fixtures.newPersonId();

        FeedJob job = apply(feed(
                "MOVED_OUT;" + known.value() + ";20",
                "NEW_RESIDENT;" + newcomer.value() + ";0180;Ny;Person;Gatan 1;11122;Stockholm;",
                "DECEASED;" + unknown.value() + ";2026-12-01",
                "NEW_RESIDENT;" + known.value() + ";0180;Finns;Redan;Gatan 1;11122;Stockholm;",
                "MOVED_WITHIN;" + newcomer.value() + ";0182;Gatan 2;13130;Nacka"));

        assertThat(job.state()).isEqualTo(FeedJob.State.REJECTED);
        assertThat(job.problems()).extracting(FeedProblem::line).containsExactly(4, 5);
        assertThat(job.problemReport()).contains("rad 4: personen " + unknown.masked() + " är okänd")
                .doesNotContain(unknown.value()).contains("inga ändringar har genomförts");
        assertThat(activeListings(known)).containsExactly(unit.value());
        assertThat(person(known)).containsEntry("resident", true);
        assertThat(jdbc.sql("select count(*) from person where person_id = :p").param("p", newcomer.value())
                .query(Integer.class).single()).isZero();
        assertThat(job.appliedChanges()).isZero();
    }

    @Test
    void aTamperedFeedIsRejectedBeforeTouchingTheDatabase() throws IOException {
        PersonId known = fixtures.resident().create();
        fixtures.listing(known, unit).create();
        Path file = feed("MOVED_OUT;" + known.value() + ";20");
        Files.writeString(file, Files.readString(file).replace(";20\n", ";14\n"));

        FeedJob job = apply(file);

        assertThat(job.state()).isEqualTo(FeedJob.State.REJECTED);
        assertThat(job.problems()).extracting(FeedProblem::reason).containsExactly("kontrollsumman stämmer inte med ändringsraderna");
        assertThat(activeListings(known)).containsExactly(unit.value());
    }

    @Test
    void anInterruptedApplyResumesAfterTheLastCommittedBatchAndAppliesEachChangeOnce() throws IOException {
        List<PersonId> people = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            PersonId id = Fixtures.newPersonId();
            people.add(id);
            lines.add("NEW_RESIDENT;" + id.value() + ";0180;Namn" + i + ";Efternamn;Gatan " + i + ";11122;Stockholm;");
        }
        Path file = feed(lines);
        PopulationFeed parsed = read(file);
        // validate and record the job, but crash in the third batch (batch size 1000) after 10 changes
        FeedJob validated = feedsWithoutApply(file);
        assertThat(validated.state()).isEqualTo(FeedJob.State.APPLYING);
        assertThatThrownBy(() -> feeds.apply(parsed.feedId(), (batch, change) -> {
            if (batch == 3 && change.line() == 2011) {
                throw new IllegalStateException("simulated crash");
            }
        })).hasMessage("simulated crash");

        FeedJob interrupted = feeds.find(parsed.feedId()).orElseThrow();
        assertThat(interrupted.state()).isEqualTo(FeedJob.State.APPLYING);
        assertThat(interrupted.appliedChanges()).isEqualTo(2000);
        assertThat(interrupted.lastAppliedLine()).isEqualTo(2001);
        assertThat(interrupted.lastError()).contains("simulated crash");
        assertThat(countPersons(people)).as("the third batch rolled back").isEqualTo(2000);

        FeedJob resumed = feeds.submit(file, false);

        assertThat(resumed.state()).isEqualTo(FeedJob.State.DONE);
        assertThat(resumed.appliedChanges()).isEqualTo(2500);
        assertThat(countPersons(people)).isEqualTo(2500);
        assertThat(jdbc.sql("select count(*) from audit_event where channel = 'folkbokföring' and person_id in (:ids)")
                .param("ids", people.stream().map(PersonId::value).toList()).query(Integer.class).single())
                .as("every change applied exactly once").isEqualTo(2500);
    }

    @Test
    void applyingTheSameFeedIdTwiceAppliesNothingTheSecondTime() throws IOException {
        PersonId person = fixtures.resident().create();
        Path file = feed("PROTECTED_IDENTITY;" + person.value() + ";ON");
        assertThat(apply(file).state()).isEqualTo(FeedJob.State.DONE);
        jdbc.sql("update person set protected_identity = false where person_id = :p").param("p", person.value()).update();

        FeedJob again = apply(file);

        assertThat(again.state()).isEqualTo(FeedJob.State.DONE);
        assertThat(again.appliedChanges()).isEqualTo(1);
        assertThat(person(person)).as("not applied again").containsEntry("protected_identity", false);
    }

    @Test
    void aFeedForAnotherCountyIsRejected() throws IOException {
        PersonId person = fixtures.resident().create();
        String id = "PU-" + UUID.randomUUID();
        Path file = dir.resolve("other.txt");
        try (FeedWriter writer = FeedWriter.to(file, "20", id, LocalDateTime.now())) {
            writer.change("MOVED_OUT", person.value(), "14");
        }

        FeedJob job = apply(file);

        assertThat(job.state()).isEqualTo(FeedJob.State.REJECTED);
        assertThat(job.problems()).containsExactly(new FeedProblem(1, "leveransen gäller län 20, detta är län 01"));
    }

    @Test
    void overHttpAFeedIsUploadedItsProgressReadAndARejectionPrinted() throws Exception {
        PersonId person = fixtures.resident().create();
        fixtures.listing(person, unit).create();
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://localhost:" + port + "/admin/population-feeds";
        Path good = feed("MOVED_OUT;" + person.value() + ";20");
        String feedId = read(good).feedId();

        HttpResponse<String> posted = http.send(HttpRequest.newBuilder(URI.create(base))
                .header("Content-Type", "text/plain; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofFile(good)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(posted.statusCode()).isEqualTo(202);
        assertThat(posted.headers().firstValue("Location")).hasValue("/admin/population-feeds/" + feedId);
        String progress = "";
        for (int i = 0; i < 100 && !progress.contains("\"DONE\""); i++) {
            Thread.sleep(100);
            progress = http.send(HttpRequest.newBuilder(URI.create(base + "/" + feedId)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        }
        assertThat(progress).contains("\"state\":\"DONE\"").contains("\"appliedChanges\":1");
        assertThat(activeListings(person)).isEmpty();

        Path bad = feed("DECEASED;" + Fixtures.newPersonId().value() + ";2026-12-01");
        HttpResponse<String> rejected = http.send(HttpRequest.newBuilder(URI.create(base))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"path\":\"" + bad.toAbsolutePath() + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(rejected.statusCode()).isEqualTo(422);
        String badId = read(bad).feedId();
        HttpResponse<String> printable = http.send(HttpRequest.newBuilder(URI.create(base + "/" + badId + "/problems")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(printable.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
        assertThat(printable.body()).contains("avvisad: 1 fel").contains("rad 2: personen").contains("är okänd");

        HttpResponse<String> garbage = http.send(HttpRequest.newBuilder(URI.create(base))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("hej\n")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(garbage.statusCode()).isEqualTo(400);
        assertThat(garbage.body()).contains("rubrikraden");
    }

    private int countPersons(List<PersonId> people) {
        return jdbc.sql("select count(*) from person where person_id in (:ids)")
                .param("ids", people.stream().map(PersonId::value).toList()).query(Integer.class).single();
    }

    private static PopulationFeed read(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            return new FeedParser().parse(in).feed();
        }
    }

    /** Validates and records the job without applying: an apply that crashes at once. */
    private FeedJob feedsWithoutApply(Path file) {
        PopulationFeed feed;
        try {
            feed = read(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThatThrownBy(() -> feeds.submit(file, false, (batch, change) -> {
            throw new IllegalStateException("stop before the first change commits");
        })).hasMessageContaining("stop before");
        return feeds.find(feed.feedId()).orElseThrow();
    }

}
