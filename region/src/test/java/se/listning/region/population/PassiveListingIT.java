package se.listning.region.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.PersonId;
import se.listning.region.testing.Fixtures;
import se.listning.region.testing.RegionIT;

/** A region that lists newly arrived residents geographically (listning.passive-listing=geographic). */
@TestPropertySource(properties = "listning.passive-listing=geographic")
class PassiveListingIT extends RegionIT {

    @Autowired PopulationFeeds feeds;

    @TempDir Path dir;

    private HsaId unitIn(String municipality, Integer cap, boolean listable) {
        HsaId unit = fixtures.facility().cap(cap).listable(listable).create();
        jdbc.sql("update facility set municipality_code = :m where hsa_id = :id")
                .param("m", municipality).param("id", unit.value()).update();
        return unit;
    }

    @Test
    void newAndMovedInResidentsGetTheFirstUnitWithRoomInTheirMunicipalityWithoutCountingARelisting() throws IOException {
        fixtures.ensurePv();
        // a municipality code of our own per run keeps other tests' units out of the choice
        String municipality = "01" + (10 + (int) (Math.random() * 80));
        jdbc.sql("update facility set municipality_code = null where municipality_code = :m").param("m", municipality).update();
        HsaId full = unitIn(municipality, 0, true);
        HsaId closed = unitIn(municipality, null, false);
        HsaId open = unitIn(municipality, 10, true);
        PersonId newborn = Fixtures.newPersonId(java.time.LocalDate.now().minusDays(1));
        PersonId movedIn = fixtures.resident().county("20").visitor().create();
        fixtures.listing(movedIn, full).create();
        PersonId elsewhere = Fixtures.newPersonId();

        Path file = dir.resolve("feed.txt");
        try (FeedWriter writer = FeedWriter.to(file, "01", "PU-" + UUID.randomUUID(), LocalDateTime.now())) {
            writer.change("NEW_RESIDENT", newborn.value(), municipality, "Liten", "Ny", "Gatan 1", "11122", "Ort", "");
            writer.change("MOVED_IN", movedIn.value(), "20", municipality, "Vera", "Vandrare", "Gatan 2", "11122", "Ort", "");
            writer.change("NEW_RESIDENT", elsewhere.value(), "0199", "Annan", "Ort", "Gatan 3", "11122", "Ort", "");
        }

        FeedJob job = feeds.submit(file, false);

        assertThat(job.state()).isEqualTo(FeedJob.State.DONE);
        assertThat(job.passiveListings()).isEqualTo(2);
        for (PersonId person : List.of(newborn, movedIn)) {
            List<Map<String, Object>> active = jdbc.sql("select facility_hsa_id, start_reason from listing where person_id = :p and active")
                    .param("p", person.value()).query().listOfRows();
            assertThat(active).singleElement().satisfies(row -> {
                assertThat(row).containsEntry("facility_hsa_id", open.value()).containsEntry("start_reason", "GEOGRAPHIC_ASSIGNMENT");
            });
            assertThat(jdbc.sql("select count(*) from relisting where person_id = :p").param("p", person.value())
                    .query(Integer.class).single()).isZero();
        }
        assertThat(jdbc.sql("select count(*) from listing where person_id = :p").param("p", elsewhere.value())
                .query(Integer.class).single()).as("no unit in that municipality").isZero();
        assertThat(closed).isNotNull();
    }
}
