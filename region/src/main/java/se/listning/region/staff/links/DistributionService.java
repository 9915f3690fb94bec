package se.listning.region.staff.links;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.listning.region.staff.doctors.DoctorAdministration.Refused;
import se.listning.region.staff.doctors.DoctorDetail;
import se.listning.region.staff.doctors.DoctorRepository;
import se.listning.region.staff.doctors.StaffUnits;
import se.listning.region.staff.security.StaffAccess;
import se.listning.region.staff.security.StaffUser;

/**
 * Random distribution of a unit's patients without fast läkarkontakt: a preview, then the same
 * computation again under lock at apply time, applied only when it still gives the previewed result.
 */
@Service
public class DistributionService {

    /** A preview or applied result with the unit's active doctors (for names and counts). */
    public record Outcome(StaffUnits.Unit unit, List<DoctorDetail> doctors, DoctorDistribution.Result result, long id) {
    }

    private final StaffUnits units;
    private final StaffAccess access;
    private final DoctorRepository doctors;
    private final UnitPatients patients;
    private final JdbcClient jdbc;
    private final Clock clock;

    public DistributionService(StaffUnits units, StaffAccess access, DoctorRepository doctors, UnitPatients patients,
                               JdbcClient jdbc, Clock clock) {
        this.units = units;
        this.access = access;
        this.doctors = doctors;
        this.patients = patients;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Computes the distribution without changing anything; unassignable patients shown are audited as read. */
    @Transactional
    public Outcome preview(String unit, long seed) {
        StaffUnits.Unit u = units.require(unit);
        Outcome outcome = compute(u, seed);
        patients.audit(access.current(), "READ", u.hsaId(), "Slumpvis fördelning – förhandsgranskning", null,
                outcome.result().unassigned().stream().map(x -> x.patient().listingId()).toList());
        return outcome;
    }

    /** Applies the distribution if it still equals the previewed {@code fingerprint}; refused otherwise. */
    @Transactional
    public Outcome apply(String unit, long seed, String fingerprint) {
        StaffUnits.Unit u = units.require(unit);
        jdbc.sql("select hsa_id from doctor where facility_hsa_id = :unit order by hsa_id for update")
                .param("unit", u.hsaId()).query(String.class).list();
        Outcome outcome = compute(u, seed);
        if (!outcome.result().fingerprint().equals(fingerprint)) {
            throw new Refused("Uppgifterna har ändrats sedan förhandsgranskningen (patienter eller läkare). "
                    + "Inget ändrades. Gör en ny förhandsgranskning.");
        }
        if (outcome.result().assignments().isEmpty()) {
            throw new Refused("Det finns inga patienter att fördela. Inget ändrades.");
        }
        StaffUser user = access.current();
        LocalDateTime now = LocalDateTime.now(clock);
        int changed = patients.setDoctors(outcome.result().assignments(), now);
        if (changed != outcome.result().assignments().size()) {
            throw new IllegalStateException("listings changed concurrently");
        }
        long id = jdbc.sql("""
                        insert into doctor_distribution (facility_hsa_id, seed, requested_by, applied_at, assigned, unassigned)
                        values (:unit, :seed, :by, :at, :assigned, :unassigned) returning id""")
                .param("unit", u.hsaId()).param("seed", seed).param("by", user.auditId()).param("at", now)
                .param("assigned", changed).param("unassigned", outcome.result().unassigned().size())
                .query(Long.class).single();
        patients.audit(user, "SET_DOCTOR", u.hsaId(), "Slumpvis fördelning", "distribution " + id,
                outcome.result().assignments().keySet());
        return new Outcome(u, outcome.doctors(), outcome.result(), id);
    }

    private Outcome compute(StaffUnits.Unit u, long seed) {
        LocalDate today = LocalDate.now(clock);
        List<DoctorDetail> active = doctors.ofUnit(u.hsaId(), today).stream().filter(DoctorDetail::effectiveActive).toList();
        List<DoctorDistribution.Slot> slots = active.stream().map(d -> new DoctorDistribution.Slot(d.hsaId(), d.name(),
                d.maxPatients(), d.listed(), d.minAge(), d.maxAge(), d.preferredMinAge(), d.preferredMaxAge())).toList();
        List<DoctorDistribution.Patient> list = patients.withoutDoctor(u.hsaId(), today).stream()
                .map(t -> new DoctorDistribution.Patient(t.listingId(), t.personId(), t.age(), t.household())).toList();
        return new Outcome(u, active, DoctorDistribution.distribute(list, slots, seed), 0);
    }
}
