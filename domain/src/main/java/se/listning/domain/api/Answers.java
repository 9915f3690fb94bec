package se.listning.domain.api;

import java.util.List;
import se.listning.domain.identity.CountyCode;

/** Answers of the read contracts: an outcome plus the data (empty lists on errors). */
public final class Answers {

    private Answers() {
    }

    public record ListingTypes(Outcome outcome, List<ListingTypeView> types) {
    }

    public record Facilities(Outcome outcome, List<FacilityView> facilities) {
    }

    public record Personnel(Outcome outcome, List<PersonnelView> personnel) {
    }

    public record ListingCounties(Outcome outcome, List<CountyCode> counties) {
    }

    public record Listings(Outcome outcome, List<ListingView> listings) {
    }
}
