package se.listning.domain.api;

import java.time.LocalDateTime;

/**
 * One listing or queue place of a person (ListingHealthcareFacilityType 2.1). Times are Swedish local
 * time without offset. Queue figures only for queue places; remainingChanges only from the home region.
 */
public record ListingView(
        LocalDateTime validFrom,
        LocalDateTime validTo,
        ListingTypeView listingType,
        FacilityView facility,
        PersonnelView doctor,
        boolean inQueue,
        Integer queuePosition,
        Integer estimatedWaitDays,
        Integer remainingChanges) {
}
