package se.listning.region.staff.person;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import se.listning.domain.identity.CountyCode;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.PersonId;
import se.listning.domain.model.Doctor;
import se.listning.domain.model.Facility;
import se.listning.domain.model.ListingType;
import se.listning.domain.port.FacilityStore;
import se.listning.domain.port.ListingTypeStore;
import se.listning.domain.port.QueueStore;
import se.listning.domain.port.RegionSettings;
import se.listning.domain.port.RelistingLedger;
import se.listning.domain.rules.RelistingPolicy;
import se.listning.region.staff.security.StaffUser;

/** Gathers what the person page shows, in the parts the signed-in user may see. */
@Component
public class PersonOverview {

    /** A queue place as shown: unit, position, since when. */
    public record Queued(String facilityName, int position, LocalDateTime since) {
    }

    /** Relistings left in the window for one listing type. */
    public record Remaining(String typeCode, String typeName, int remaining, int cap) {
    }

    /** Above this many units the registration form has no doctor list (choose the doctor afterwards). */
    static final int DOCTOR_CHOICE_MAX_UNITS = 30;

    private final PersonRecords records;
    private final FacilityStore facilities;
    private final QueueStore queues;
    private final ListingTypeStore types;
    private final RelistingPolicy relistings;
    private final CountyCode own;
    private final Clock clock;

    public PersonOverview(PersonRecords records, FacilityStore facilities, QueueStore queues, ListingTypeStore types,
                          RelistingLedger ledger, RegionSettings settings, Clock clock) {
        this.records = records;
        this.facilities = facilities;
        this.queues = queues;
        this.types = types;
        this.relistings = new RelistingPolicy(ledger, settings);
        this.own = settings.county();
        this.clock = clock;
    }

    /** Whether the user sees the person's details: Vårdvalsbehörig always, a VC-chef for their units' patients. */
    public boolean mayView(StaffUser user, PersonId id) {
        return user.regionWide() || ownUnit(user, id).isPresent();
    }

    /** For a VC-chef: their unit where the person is listed or queued (the unit named in the audit log). */
    public Optional<HsaId> ownUnit(StaffUser user, PersonId id) {
        return user.regionWide() ? Optional.empty() : records.unitAmong(id, user.units());
    }

    /** The full view (details, listings, queue, relistings, history) and the action forms. */
    public void fillDetails(Model model, StaffUser user, PersonRecords.Details person) {
        List<PersonRecords.Current> current = records.current(person.id());
        model.addAttribute("person", person);
        model.addAttribute("current", current);
        Map<String, List<String>> onCall = new LinkedHashMap<>();
        Map<Long, List<Doctor>> doctorChoices = new LinkedHashMap<>();
        for (PersonRecords.Current c : current) {
            if (!c.elsewhere()) {
                onCall.put(c.facility(), records.onCall(c.facility()));
                if (user.mayAdminister(HsaId.of(c.facility()))) {
                    doctorChoices.put(c.id(), activeDoctors(HsaId.of(c.facility())));
                }
            }
        }
        model.addAttribute("onCall", onCall);
        model.addAttribute("doctorChoices", doctorChoices);
        model.addAttribute("queue", queues.active(person.id()).stream()
                .map(q -> new Queued(facilities.find(q.facility()).map(Facility::name).orElse(q.facility().value()),
                        queues.position(q), q.queuedAt()))
                .toList());
        boolean ourResident = person.resident() && person.homeCounty().equals(own);
        model.addAttribute("ourResident", ourResident);
        LocalDateTime now = LocalDateTime.now(clock);
        model.addAttribute("remaining", ourResident ? types.all().stream()
                .map(t -> new Remaining(t.code().code(), t.displayName(), relistings.remaining(person.id(), t, now),
                        relistings.cap(person.id(), t, now)))
                .toList() : List.of());
        model.addAttribute("windowMonths", relistings.windowMonths());
        List<PersonRecords.History> history = records.history(person.id());
        model.addAttribute("history", history);
        model.addAttribute("scannable", history.stream()
                .filter(h -> h.formNotScanned() && h.facility() != null && user.mayAdminister(HsaId.of(h.facility())))
                .map(PersonRecords.History::id).collect(Collectors.toSet()));
    }

    /** The paper-form registration choices: the units this user may register at, types, counties. */
    public void fillRegistration(Model model, StaffUser user, Optional<PersonRecords.Details> person) {
        List<Facility> units = user.regionWide() ? facilities.listable()
                : user.units().stream().map(facilities::find).flatMap(Optional::stream).filter(Facility::listable)
                        .sorted((a, b) -> a.name().compareTo(b.name())).toList();
        model.addAttribute("units", units);
        Map<Facility, List<Doctor>> doctors = new LinkedHashMap<>();
        if (units.size() <= DOCTOR_CHOICE_MAX_UNITS) {
            units.stream().filter(Facility::supportsHealthcarePersonnel)
                    .forEach(u -> doctors.put(u, activeDoctors(u.id())));
        }
        model.addAttribute("unitDoctors", doctors);
        model.addAttribute("types", types.all().stream().map(t -> Map.entry(t.code().code(), t.displayName())).toList());
        boolean askHomeCounty = person.map(p -> !p.resident() || !p.homeCounty().equals(own)).orElse(true);
        model.addAttribute("askHomeCounty", askHomeCounty);
        model.addAttribute("homeCounty", person.map(p -> p.homeCounty().code()).filter(c -> !c.equals(own.code()))
                .orElse(""));
        model.addAttribute("counties", IntStream.rangeClosed(1, 25).mapToObj(i -> String.format("%02d", i))
                .filter(CountyCode::isValid).filter(c -> !c.equals(own.code()))
                .map(c -> Map.entry(c, CountyCode.of(c).regionName())).toList());
    }

    public Optional<ListingType> type(String code) {
        return types.all().stream().filter(t -> t.code().code().equals(code)).findFirst();
    }

    private List<Doctor> activeDoctors(HsaId unit) {
        return facilities.doctors(unit).stream().filter(Doctor::active).toList();
    }
}
