package se.listning.region.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import se.listning.domain.identity.Actor;
import se.listning.domain.identity.CountyCode;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.ListingTypeCode;
import se.listning.domain.identity.PersonId;
import se.listning.domain.model.ListingReason;
import se.listning.domain.model.NewListing;
import se.listning.region.listing.RetryingTransactionsProbe;
import se.listning.region.testing.RegionIT;

class ListingAndQueueStoreIT extends RegionIT {

    private static final LocalDateTime NOW = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);

    @Autowired JdbcListingStore listings;
    @Autowired JdbcQueueStore queues;

    @Test
    void startStoresTheStoredSpellingAndEndKeepsHistory() {
        HsaId unit = fixtures.facility().create();
        HsaId doctor = fixtures.doctor(unit).create();
        PersonId person = fixtures.resident().create();

        var started = listings.start(new NewListing(person, ListingTypeCode.PV, HsaId.of(unit.value().toLowerCase()),
                CountyCode.of("01"), HsaId.of(doctor.value().toLowerCase()), NOW, ListingReason.ACTIVE_CHOICE,
                "CreateListing", Actor.citizen(person)));

        assertThat(started.facility().value()).isEqualTo(unit.value());
        assertThat(started.doctor().value()).isEqualTo(doctor.value());
        assertThat(listings.active(person)).containsExactly(started);

        listings.end(started.id(), NOW.plusHours(1), ListingReason.RELISTED);

        assertThat(listings.active(person)).isEmpty();
        Map<String, Object> row = jdbc.sql("select active, end_reason, valid_to, actor_type, actor_id from listing where id = :id")
                .param("id", started.id()).query().singleRow();
        assertThat(row).containsEntry("active", false).containsEntry("end_reason", "RELISTED")
                .containsEntry("actor_type", "CITIZEN").containsEntry("actor_id", person.value());
        assertThatThrownBy(() -> listings.end(started.id(), NOW, ListingReason.RELISTED)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theDatabaseRefusesASecondActiveListingOfTheSameType() {
        HsaId one = fixtures.facility().create();
        HsaId two = fixtures.facility().create();
        PersonId person = fixtures.resident().create();
        listings.start(newListing(person, one));

        assertThatThrownBy(() -> listings.start(newListing(person, two)))
                .isInstanceOf(DuplicateKeyException.class)
                .satisfies(e -> assertThat(RetryingTransactionsProbe.isRace(e)).isTrue());
    }

    @Test
    void changingTheDoctorKeepsAHistoryRow() {
        HsaId unit = fixtures.facility().create();
        HsaId doctor = fixtures.doctor(unit).create();
        PersonId person = fixtures.resident().create();
        var listing = listings.start(newListing(person, unit));

        listings.changeDoctor(listing.id(), doctor, NOW);
        listings.changeDoctor(listing.id(), null, NOW.plusMinutes(1));

        assertThat(listings.active(person).get(0).doctor()).isNull();
        assertThat(jdbc.sql("select doctor_hsa_id from listing_doctor_change where listing_id = :id order by id")
                .param("id", listing.id()).query(String.class).list()).containsExactly(doctor.value(), null);
    }

    @Test
    void queueIsFirstComeFirstServedWithPositions() {
        HsaId unit = fixtures.facility().cap(1).queue(true).create();
        PersonId first = fixtures.resident().create();
        PersonId second = fixtures.resident().create();
        PersonId third = fixtures.resident().create();
        var p1 = queues.join(first, unit, ListingTypeCode.PV, null, NOW);
        var p2 = queues.join(second, HsaId.of(unit.value().toLowerCase()), ListingTypeCode.PV, null, NOW);
        var p3 = queues.join(third, unit, ListingTypeCode.PV, null, NOW.plusSeconds(1));

        assertThat(queues.head(unit, ListingTypeCode.PV, 10)).extracting(q -> q.person()).containsExactly(first, second, third);
        assertThat(queues.position(p2)).isEqualTo(2);
        assertThat(queues.position(p3)).isEqualTo(3);

        queues.leave(p1.id(), NOW.plusMinutes(1), "LEFT");

        assertThat(queues.position(p3)).isEqualTo(2);
        assertThat(queues.active(first)).isEmpty();
        assertThat(queues.active(third)).containsExactly(p3);
        assertThatThrownBy(() -> queues.join(third, unit, ListingTypeCode.PV, null, NOW)).isInstanceOf(DuplicateKeyException.class);
    }

    private static NewListing newListing(PersonId person, HsaId unit) {
        return new NewListing(person, ListingTypeCode.PV, unit, CountyCode.of("01"), null, NOW,
                ListingReason.ACTIVE_CHOICE, "CreateListing", Actor.citizen(person));
    }
}
