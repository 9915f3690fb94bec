package se.listning.region.staff.links;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.listning.domain.identity.HsaId;
import se.listning.region.staff.doctors.DoctorAdministration.Refused;
import se.listning.region.staff.doctors.DoctorDetail;
import se.listning.region.staff.doctors.DoctorRepository;
import se.listning.region.staff.doctors.StaffUnits;
import se.listning.region.staff.security.StaffAccess;
import se.listning.region.staff.security.StaffUser;

/**
 * Links patients to a doctor of their unit: one patient, a selection, or all of one doctor's patients.
 * The whole action is checked first (doctor of the unit, active, age limits, cap) and refused with the
 * reason if any patient fails; otherwise applied and audited in one transaction.
 */
@Service
public class LinkService {

    static final String PURPOSE = "Administrera koppling";

    private final StaffUnits units;
    private final StaffAccess access;
    private final DoctorRepository doctors;
    private final UnitPatients patients;
    private final Clock clock;

    public LinkService(StaffUnits units, StaffAccess access, DoctorRepository doctors, UnitPatients patients, Clock clock) {
        this.units = units;
        this.access = access;
        this.doctors = doctors;
        this.patients = patients;
        this.clock = clock;
    }

    /** Links the unit's listings {@code listingIds} to {@code doctor}; returns how many changed doctor. */
    @Transactional
    public int link(String unit, Collection<Long> listingIds, String doctor) {
        StaffUnits.Unit u = units.require(unit);
        if (listingIds == null || listingIds.isEmpty()) {
            throw new Refused("Välj minst en patient.");
        }
        LocalDate today = LocalDate.now(clock);
        DoctorDetail target = lockDoctor(u, doctor, today);
        List<UnitPatients.Target> found = patients.targets(u.hsaId(), listingIds, today);
        if (found.size() != listingIds.stream().distinct().count()) {
            throw new Refused("En eller flera av de valda patienterna är inte listade på " + u.name() + ". Inget ändrades.");
        }
        return apply(u, target, found, today);
    }

    /** Moves all of {@code from}'s patients at the unit to {@code to}. */
    @Transactional
    public int moveAll(String unit, String from, String to) {
        StaffUnits.Unit u = units.require(unit);
        LocalDate today = LocalDate.now(clock);
        DoctorDetail source = doctors.find(from == null ? "" : from, today)
                .filter(d -> HsaId.of(d.facilityHsaId()).equals(u.id()))
                .orElseThrow(() -> new Refused("Välj en läkare på " + u.name() + " att flytta patienter från."));
        DoctorDetail target = lockDoctor(u, to, today);
        if (source.hsaId().equals(target.hsaId())) {
            throw new Refused("Välj två olika läkare.");
        }
        List<UnitPatients.Target> found = patients.withDoctor(u.hsaId(), source.hsaId(), today);
        if (found.isEmpty()) {
            throw new Refused(source.name() + " har inga listade patienter på " + u.name() + ".");
        }
        return apply(u, target, found, today);
    }

    private DoctorDetail lockDoctor(StaffUnits.Unit u, String doctor, LocalDate today) {
        DoctorDetail d = doctors.lock(doctor == null ? "" : doctor.trim(), today)
                .orElseThrow(() -> new Refused("Välj en läkare."));
        if (!HsaId.of(d.facilityHsaId()).equals(u.id())) {
            throw new Refused(d.name() + " är inte läkare på " + u.name() + ". Inget ändrades.");
        }
        if (!d.effectiveActive()) {
            throw new Refused(d.name() + " är inte aktiv som fast läkarkontakt. Inget ändrades.");
        }
        return d;
    }

    private int apply(StaffUnits.Unit u, DoctorDetail target, List<UnitPatients.Target> found, LocalDate today) {
        List<UnitPatients.Target> outside = found.stream().filter(t -> !allows(target, t.age())).toList();
        if (!outside.isEmpty()) {
            throw new Refused(target.name() + " tar bara emot patienter " + ages(target) + ". Utanför gränsen: "
                    + outside.stream().limit(5).map(t -> UnitPatients.display(t.personId()))
                    .collect(Collectors.joining(", ")) + (outside.size() > 5 ? " med flera" : "")
                    + " (" + outside.size() + " st). Inget ändrades.");
        }
        Map<Long, String> changes = new LinkedHashMap<>();
        found.stream().filter(t -> !target.hsaId().equals(t.doctorHsaId()))
                .forEach(t -> changes.put(t.listingId(), target.hsaId()));
        if (target.maxPatients() != null && target.listed() + changes.size() > target.maxPatients()) {
            throw new Refused(target.name() + " har " + target.free() + " lediga platser (tak " + target.maxPatients()
                    + ") men " + changes.size() + " patienter skulle kopplas. Inget ändrades.");
        }
        StaffUser user = access.current();
        int changed = patients.setDoctors(changes, LocalDateTime.now(clock));
        if (changed != changes.size()) {
            throw new IllegalStateException("listings changed concurrently");
        }
        patients.audit(user, "SET_DOCTOR", u.hsaId(), PURPOSE, "doctor " + target.hsaId(), changes.keySet());
        return changed;
    }

    static boolean allows(DoctorDetail d, int age) {
        return (d.minAge() == null || age >= d.minAge()) && (d.maxAge() == null || age <= d.maxAge());
    }

    private static String ages(DoctorDetail d) {
        if (d.minAge() != null && d.maxAge() != null) {
            return "mellan " + d.minAge() + " och " + d.maxAge() + " år";
        }
        return d.minAge() != null ? "som har fyllt " + d.minAge() + " år" : "som är högst " + d.maxAge() + " år";
    }
}
