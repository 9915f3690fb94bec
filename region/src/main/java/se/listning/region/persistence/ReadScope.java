package se.listning.region.persistence;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.ListingTypeCode;
import se.listning.domain.identity.PersonId;
import se.listning.domain.model.Doctor;
import se.listning.domain.model.Facility;
import se.listning.domain.model.FacilityLoad;

/**
 * Per-call memo of a read-only contract call (GetListing and the other person reads, issue 6): while it
 * is open on the current thread, the stores fetch a person's listings together with their units and
 * doctors in one query, and both relisting counts in one, and answer the later look-ups of the same call
 * (unit, doctor, relisting counts, a unit's load) from what they fetched. Open it only around work that writes nothing but its audit
 * row, so that nothing it remembers can change under it.
 */
public final class ReadScope {

    private static final ThreadLocal<ReadScope> CURRENT = new ThreadLocal<>();

    private final Map<String, Facility> facilities = new HashMap<>();
    private final Map<String, Optional<Doctor>> doctors = new HashMap<>();
    private final Map<RelistingKey, RelistingCounts> relistings = new HashMap<>();
    private final Map<String, FacilityLoad> loads = new HashMap<>();

    private ReadScope() {
    }

    /** Runs the work with a scope open (or inside the one already open). */
    public static <T> T during(Supplier<T> work) {
        if (CURRENT.get() != null) {
            return work.get();
        }
        CURRENT.set(new ReadScope());
        try {
            return work.get();
        } finally {
            CURRENT.remove();
        }
    }

    static ReadScope current() {
        return CURRENT.get();
    }

    void remember(Facility facility) {
        facilities.put(key(facility.id()), facility);
    }

    Optional<Facility> facility(HsaId id) {
        return Optional.ofNullable(facilities.get(key(id)));
    }

    void remember(HsaId id, Optional<Doctor> doctor) {
        doctors.put(key(id), doctor);
    }

    /** Null when this call has not fetched the doctor; empty when it found none. */
    Optional<Doctor> doctor(HsaId id) {
        return doctors.get(key(id));
    }

    RelistingCounts relistings(PersonId person, ListingTypeCode type, LocalDateTime since, Supplier<RelistingCounts> load) {
        return relistings.computeIfAbsent(new RelistingKey(person, type, since), k -> load.get());
    }

    /** A unit's load is asked for twice per queue place (capacity view and wait estimate). */
    FacilityLoad load(HsaId facility, ListingTypeCode type, Supplier<FacilityLoad> load) {
        return loads.computeIfAbsent(key(facility) + " " + type.code() + " " + type.codeSystem(), k -> load.get());
    }

    private static String key(HsaId id) {
        return id.value().toUpperCase(Locale.ROOT);
    }

    /** Counted relistings and exemptions of one person and type since one time. */
    record RelistingCounts(int counted, int exemptions) {
    }

    private record RelistingKey(PersonId person, ListingTypeCode type, LocalDateTime since) {
    }
}
