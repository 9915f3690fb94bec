package se.listning.region.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.listning.domain.identity.CountyCode;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.ListingTypeCode;
import se.listning.domain.identity.PersonId;
import se.listning.domain.model.ListingReason;
import se.listning.domain.model.Person;
import se.listning.region.testing.Fixtures;
import se.listning.region.testing.RegionIT;

class PersonAndFacilityStoreIT extends RegionIT {

    @Autowired JdbcPersonStore persons;
    @Autowired JdbcFacilityStore facilities;
    @Autowired JdbcListingStore listings;
    @Autowired JdbcQueueStore queues;

    @Test
    void personComesWithGuardians() {
        PersonId mother = fixtures.resident().create();
        PersonId father = fixtures.resident().create();
        PersonId child = fixtures.resident().born(LocalDate.of(2018, 4, 2)).guardians(mother, father).create();

        Person found = persons.lock(child).orElseThrow();

        assertThat(found.guardians()).containsExactlyInAnyOrder(mother, father);
        assertThat(found.resident()).isTrue();
        assertThat(persons.find(Fixtures.newPersonId())).isEmpty();
    }

    @Test
    void visitorIsRegisteredOnceWithBirthDateAndHomeCounty() {
        PersonId visitor = Fixtures.newPersonId(LocalDate.of(1990, 7, 14));

        Person first = persons.lockOrRegisterVisitor(visitor, CountyCode.of("20"));
        Person again = persons.lockOrRegisterVisitor(visitor, CountyCode.of("12"));

        assertThat(first.resident()).isFalse();
        assertThat(first.homeCounty()).isEqualTo(CountyCode.of("20"));
        assertThat(again.homeCounty()).as("an existing person is not overwritten").isEqualTo(CountyCode.of("20"));
        assertThat(jdbc.sql("select birth_date from person where person_id = :id").param("id", visitor.value())
                .query(LocalDate.class).single()).isEqualTo(LocalDate.of(1990, 7, 14));
    }

    @Test
    void facilityIsFoundWhateverTheCaseOfItsHsaId() {
        ListingTypeCode bvc = fixtures.listingType().create();
        HsaId unit = fixtures.facility().cap(5).queue(true).types(ListingTypeCode.PV, bvc).create();
        HsaId hidden = fixtures.facility().listable(false).create();

        var found = facilities.lock(HsaId.of(unit.value().toLowerCase())).orElseThrow();

        assertThat(found.id().value()).isEqualTo(unit.value());
        assertThat(found.maxListed()).isEqualTo(5);
        assertThat(found.offersQueue()).isTrue();
        assertThat(found.supportedListingTypes()).containsExactlyInAnyOrder(ListingTypeCode.PV, bvc);
        assertThat(facilities.listable()).extracting(f -> f.id()).contains(unit).doesNotContain(hidden);
        assertThat(facilities.find(hidden)).isPresent();
    }

    @Test
    void loadCountsListedQueuedAndRecentOutflowOfOneType() {
        HsaId unit = fixtures.facility().cap(2).queue(true).create();
        PersonId stays = fixtures.resident().create();
        PersonId leftRecently = fixtures.resident().create();
        PersonId leftLongAgo = fixtures.resident().create();
        PersonId queued = fixtures.resident().create();
        fixtures.listing(stays, unit).create();
        listings.end(fixtures.listing(leftRecently, unit).create(), LocalDateTime.now().minusDays(10), ListingReason.RELISTED);
        listings.end(fixtures.listing(leftLongAgo, unit).create(), LocalDateTime.now().minusDays(400), ListingReason.RELISTED);
        queues.join(queued, unit, ListingTypeCode.PV, null, LocalDateTime.now());

        var load = facilities.load(HsaId.of(unit.value().toLowerCase()), ListingTypeCode.PV);

        assertThat(load.listed()).isEqualTo(1);
        assertThat(load.queued()).isEqualTo(1);
        assertThat(load.outflow()).as("only the end within the 365-day window").isEqualTo(1);
        assertThat(facilities.load(unit, new ListingTypeCode("X", "1.2.3")).listed()).isZero();
    }

    @Test
    void doctorsAndTheirListedCount() {
        HsaId unit = fixtures.facility().create();
        HsaId doctorB = fixtures.doctor(unit).name("Bertil Läkare").maxPatients(1).ages(18, null).create();
        HsaId doctorA = fixtures.doctor(unit).name("Anna Läkare").inactive().create();
        fixtures.listing(fixtures.resident().create(), unit).doctor(doctorB).create();

        assertThat(facilities.doctors(unit)).extracting(d -> d.id()).containsExactly(doctorA, doctorB);
        var b = facilities.doctor(HsaId.of(doctorB.value().toLowerCase())).orElseThrow();
        assertThat(b.maxPatients()).isEqualTo(1);
        assertThat(b.minAge()).isEqualTo(18);
        assertThat(b.maxAge()).isNull();
        assertThat(facilities.listedWithDoctor(doctorB)).isEqualTo(1);
        assertThat(facilities.listedWithDoctor(doctorA)).isZero();
    }
}
