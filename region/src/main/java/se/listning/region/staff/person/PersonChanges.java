package se.listning.region.staff.person;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.listning.domain.api.Outcome;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.ListingTypeCode;
import se.listning.domain.identity.PersonId;
import se.listning.domain.model.Doctor;
import se.listning.domain.model.Facility;
import se.listning.domain.model.Listing;
import se.listning.domain.model.Person;
import se.listning.domain.port.FacilityStore;
import se.listning.domain.port.ListingStore;
import se.listning.domain.port.ListingTypeStore;
import se.listning.domain.port.PersonStore;
import se.listning.domain.port.RegionSettings;
import se.listning.domain.port.RelistingLedger;
import se.listning.domain.rules.DoctorChoice;
import se.listning.region.audit.StaffAudit;
import se.listning.region.staff.security.StaffAccess;
import se.listning.region.staff.security.StaffUser;

/**
 * The person view's smaller actions, each one transaction with its audit entry: mark a paper form
 * scanned, grant an extra relisting, set or remove the fast läkarkontakt (under the person and unit
 * locks, with the domain's {@link DoctorChoice} rules).
 */
@Service
public class PersonChanges {

    private final JdbcClient jdbc;
    private final PersonRecords records;
    private final PersonStore persons;
    private final FacilityStore facilities;
    private final ListingStore listings;
    private final ListingTypeStore types;
    private final RelistingLedger ledger;
    private final StaffAudit audit;
    private final RegionSettings settings;
    private final Clock clock;
    private final StaffAccess access;

    public PersonChanges(JdbcClient jdbc, PersonRecords records, PersonStore persons, FacilityStore facilities,
                         ListingStore listings, ListingTypeStore types, RelistingLedger ledger, StaffAudit audit,
                         RegionSettings settings, Clock clock, StaffAccess access) {
        this.jdbc = jdbc;
        this.records = records;
        this.persons = persons;
        this.facilities = facilities;
        this.listings = listings;
        this.types = types;
        this.ledger = ledger;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
        this.access = access;
    }

    @Transactional
    public ActionResult markScanned(StaffUser user, PersonId person, long listingId) {
        HsaId unit = records.facilityOfListing(person, listingId)
                .orElseThrow(() -> new AccessDeniedException("Listningen hör inte till personen."));
        access.requireUnit(unit);
        int updated = jdbc.sql("""
                        update paper_form set scanned_at = :at, scanned_by = :by
                        where listing_id = :id and scanned_at is null""")
                .param("at", LocalDateTime.now(clock)).param("by", user.auditId()).param("id", listingId)
                .update();
        if (updated == 0) {
            return ActionResult.refused("Blanketten finns inte eller är redan markerad som inskannad.");
        }
        audit.record(user, "MARK_FORM_SCANNED", person, unit, "Blankett inskannad", "listing=" + listingId);
        return ActionResult.ok("Blanketten är markerad som inskannad.");
    }

    /** One extra relisting in the window for one of our residents; only Vårdvalsbehörig (checked by the caller). */
    @Transactional
    public ActionResult grantExemption(StaffUser user, PersonId personId, ListingTypeCode type, String reason) {
        if (reason == null || reason.isBlank()) {
            return ActionResult.refused("Ange ett skäl till undantaget.");
        }
        if (reason.length() > 500) {
            return ActionResult.refused("Skälet får vara högst 500 tecken.");
        }
        if (types.find(type).isEmpty()) {
            return ActionResult.refused("Okänd listningstyp.");
        }
        Optional<Person> person = persons.lock(personId);
        if (person.isEmpty() || !person.get().resident() || !person.get().homeCounty().equals(settings.county())) {
            return ActionResult.refused("Undantag från omlistningstaket ges bara för regionens egna invånare.");
        }
        ledger.grantExemption(personId, type, LocalDateTime.now(clock), user.auditId(), reason.strip());
        audit.record(user, "GRANT_EXEMPTION", personId, null, "Undantag omlistning", "type=" + type.code());
        return ActionResult.ok("Undantaget är registrerat: en extra omlistning.");
    }

    /** Sets ({@code doctor} present) or removes the fast läkarkontakt of one of the person's active listings. */
    @Transactional
    public ActionResult setDoctor(StaffUser user, PersonId personId, long listingId, Optional<HsaId> doctor) {
        if (persons.lock(personId).isEmpty()) {
            return ActionResult.refused("Personen finns inte i regionens register.");
        }
        Optional<Listing> found = listings.active(personId).stream()
                .filter(l -> l.id() == listingId && !l.isElsewhere()).findFirst();
        if (found.isEmpty()) {
            return ActionResult.refused("Listningen är inte längre aktiv. Ingenting ändrades.");
        }
        Listing listing = found.get();
        access.requireUnit(listing.facility());
        Facility facility = facilities.lock(listing.facility()).orElseThrow();
        if (doctor.equals(Optional.ofNullable(listing.doctor()))) {
            return ActionResult.ok("Fast läkarkontakt är oförändrad.");
        }
        if (doctor.isPresent()) {
            HsaId chosen = doctor.get();
            Optional<Doctor> d = facilities.doctor(chosen);
            Optional<Outcome> refused = DoctorChoice.refusal(facility, d, personId.ageOn(LocalDateTime.now(clock).toLocalDate()),
                    () -> facilities.listedWithDoctor(chosen));
            if (refused.isPresent()) {
                return ActionResult.refused(refused.get().text());
            }
        }
        listings.changeDoctor(listingId, doctor.orElse(null), LocalDateTime.now(clock));
        audit.record(user, "SET_DOCTOR", personId, facility.id(), "Fast läkarkontakt",
                "listing=" + listingId + " doctor=" + doctor.map(HsaId::value).orElse("ingen"));
        return ActionResult.ok(doctor.isPresent()
                ? "Fast läkarkontakt är nu " + facilities.doctor(doctor.get()).map(Doctor::name).orElse("") + "."
                : "Fast läkarkontakt är borttagen.");
    }

}
