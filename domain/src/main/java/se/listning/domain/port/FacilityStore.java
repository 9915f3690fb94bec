package se.listning.domain.port;

import java.util.List;
import java.util.Optional;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.ListingTypeCode;
import se.listning.domain.model.Doctor;
import se.listning.domain.model.Facility;
import se.listning.domain.model.FacilityLoad;

/** Units, their doctors and their occupancy. HSA-ids match case-insensitively. */
public interface FacilityStore {

    /** Listable facilities, ordered by name. */
    List<Facility> listable();

    /** Any facility, listable or not. */
    Optional<Facility> find(HsaId id);

    /**
     * Locks the facility row for the rest of the transaction: capacity decisions for one facility
     * are serialised by it. Always taken after the person lock (lock order person → facility).
     */
    Optional<Facility> lock(HsaId id);

    FacilityLoad load(HsaId facility, ListingTypeCode type);

    /** Doctors linked to the facility (active or not), ordered by name. */
    List<Doctor> doctors(HsaId facility);

    Optional<Doctor> doctor(HsaId id);

    /** Number of active listings with this doctor as fast läkarkontakt. */
    int listedWithDoctor(HsaId doctor);
}
