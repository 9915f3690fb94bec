package se.listning.region.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.ListingTypeCode;
import se.listning.domain.model.FacilityLoad;

class RecentFacilityLoadsTest {

    private static final HsaId UNIT = HsaId.of("SE2321000016-VC01");
    private static final ListingTypeCode PV = ListingTypeCode.PV;

    private final AtomicLong now = new AtomicLong();
    private final AtomicInteger counts = new AtomicInteger();

    private Supplier<FacilityLoad> counter() {
        return () -> new FacilityLoad(counts.incrementAndGet(), 0, 0, 90);
    }

    @Test
    void aCountIsReusedWithinTheTtlAndRepeatedAfterIt() {
        RecentFacilityLoads loads = new RecentFacilityLoads(Duration.ofSeconds(10), now::get);

        assertThat(loads.get(UNIT, PV, counter()).listed()).isEqualTo(1);
        now.set(Duration.ofSeconds(9).toNanos());
        assertThat(loads.get(HsaId.of("se2321000016-vc01"), PV, counter()).listed()).as("same unit, any case").isEqualTo(1);
        now.set(Duration.ofSeconds(10).toNanos());
        assertThat(loads.get(UNIT, PV, counter()).listed()).isEqualTo(2);
        assertThat(counts).hasValue(2);
    }

    @Test
    void unitsAndTypesAreCountedApart() {
        RecentFacilityLoads loads = new RecentFacilityLoads(Duration.ofSeconds(10), now::get);

        loads.get(UNIT, PV, counter());
        loads.get(HsaId.of("SE2321000016-VC02"), PV, counter());
        loads.get(UNIT, new ListingTypeCode("LOKAL", "1.2.3"), counter());

        assertThat(counts).hasValue(3);
    }

    @Test
    void aZeroTtlCountsEveryTime() {
        RecentFacilityLoads loads = new RecentFacilityLoads(Duration.ZERO, now::get);

        loads.get(UNIT, PV, counter());
        loads.get(UNIT, PV, counter());

        assertThat(counts).hasValue(2);
    }
}
