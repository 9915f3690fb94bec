package se.listning.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.listning.domain.identity.HsaId;
import se.listning.domain.model.Facility;
import se.listning.domain.model.FacilityLoad;

class CapacityAndEstimateTest {

    static Facility facility(Integer cap, boolean queue) {
        return new Facility(HsaId.of("SE1-X"), "Vårdcentralen", true, cap, queue, false, List.of());
    }

    @Test
    void fullMeansListedPlusQueuedReachTheCap() {
        FacilityCapacity room = FacilityCapacity.of(facility(10, true), new FacilityLoad(8, 1, 0, 365));
        assertThat(room.isFull()).isFalse();
        assertThat(room.hasPlaceForNewcomer()).isTrue();
        assertThat(room.hasQueue()).isFalse();
        assertThat(room.queueLength()).isNull();
        assertThat(room.estimatedWaitForNewcomer()).isNull();

        FacilityCapacity queueHasThePlace = FacilityCapacity.of(facility(10, true), new FacilityLoad(9, 1, 0, 365));
        assertThat(queueHasThePlace.hasPlaceForNewcomer()).isFalse();
        assertThat(queueHasThePlace.hasPlaceForQueueHead()).isTrue();
        assertThat(queueHasThePlace.hasQueue()).isTrue();
        assertThat(queueHasThePlace.queueLength()).isEqualTo(1);
    }

    @Test
    void hasQueueOnlyWhenFullAndAQueueIsOffered() {
        assertThat(FacilityCapacity.of(facility(5, false), new FacilityLoad(5, 0, 0, 365)).hasQueue()).isFalse();
        assertThat(FacilityCapacity.of(facility(5, true), new FacilityLoad(5, 0, 0, 365)).hasQueue()).isTrue();
        FacilityCapacity uncapped = FacilityCapacity.of(facility(null, true), new FacilityLoad(50_000, 0, 0, 365));
        assertThat(uncapped.isFull()).isFalse();
        assertThat(uncapped.hasPlaceForQueueHead()).isTrue();
    }

    @Test
    void estimateIsPositionTimesWindowOverOutflowRoundedUp() {
        assertThat(QueueEstimate.daysForPosition(1, 365, 365)).isEqualTo(1);
        assertThat(QueueEstimate.daysForPosition(3, 100, 365)).isEqualTo(11); // 10.95 -> 11
        assertThat(QueueEstimate.daysForPosition(10, 5, 365)).isEqualTo(730);
        assertThat(QueueEstimate.daysForPosition(4, new FacilityLoad(10, 4, 73, 365))).isEqualTo(20);
    }

    @Test
    void withoutObservedOutflowTheEstimateIsTheWindow() {
        assertThat(QueueEstimate.daysForPosition(1, 0, 365)).isEqualTo(365);
        assertThat(QueueEstimate.daysForPosition(40, 0, 90)).isEqualTo(90);
        assertThatThrownBy(() -> QueueEstimate.daysForPosition(0, 1, 365)).isInstanceOf(IllegalArgumentException.class);
    }
}
