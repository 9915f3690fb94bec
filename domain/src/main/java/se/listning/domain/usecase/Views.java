package se.listning.domain.usecase;

import java.util.List;
import se.listning.domain.api.FacilityView;
import se.listning.domain.api.ListingTypeView;
import se.listning.domain.api.PersonnelView;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.ListingTypeCode;
import se.listning.domain.model.Facility;
import se.listning.domain.model.FacilityLoad;
import se.listning.domain.port.Ports;
import se.listning.domain.rules.FacilityCapacity;

/** Builds the views the contracts return; display names come from the region's listing types. */
final class Views {

    private final Ports ports;

    Views(Ports ports) {
        this.ports = ports;
    }

    ListingTypeView type(ListingTypeCode code) {
        if (code.equals(ListingTypeCode.PV)) {
            return new ListingTypeView(code, ListingTypeCode.PV_DISPLAY_NAME);
        }
        String name = ports.listingTypes().find(code).map(t -> t.displayName()).orElse(code.code());
        return new ListingTypeView(code, name);
    }

    /** Facility view with queue figures for the given listing type. */
    FacilityView facility(Facility facility, ListingTypeCode capacityType) {
        // Counting a unit's listings costs time proportional to its size; only a capped unit with a
        // queue can show hasQueue and queue figures, so only such a unit is counted.
        FacilityLoad load = facility.maxListed() != null && facility.offersQueue()
                ? ports.facilities().load(facility.id(), capacityType)
                : FacilityLoad.NOT_COUNTED;
        FacilityCapacity capacity = FacilityCapacity.of(facility, load);
        List<ListingTypeView> supported = facility.supportedListingTypes().stream().map(this::type).toList();
        return new FacilityView(facility.id(), facility.name(), capacity.hasQueue(), supported,
                facility.supportsHealthcarePersonnel(), capacity.queueLength(), capacity.estimatedWaitForNewcomer());
    }

    /** The listing type whose capacity a facility shows when no type is asked for: PV if offered. */
    static ListingTypeCode primaryType(Facility facility) {
        return facility.supports(ListingTypeCode.PV) ? ListingTypeCode.PV : facility.supportedListingTypes().get(0);
    }

    PersonnelView doctor(HsaId id) {
        if (id == null) {
            return null;
        }
        return ports.facilities().doctor(id)
                .map(d -> new PersonnelView(d.id(), d.name(), d.title()))
                .orElse(new PersonnelView(id, id.value(), null));
    }
}
