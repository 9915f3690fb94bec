package se.listning.region.staff.doctors;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.listning.domain.identity.HsaId;
import se.listning.region.audit.StaffAudit;
import se.listning.region.staff.security.StaffAccess;
import se.listning.region.staff.security.StaffRole;
import se.listning.region.staff.security.StaffUser;

/** Changes to doctors and the directory: each checked, applied and audited in one transaction. */
@Service
public class DoctorAdministration {

    /** A refusal with the Swedish reason; nothing was changed. */
    public static class Refused extends RuntimeException {
        public Refused(String message) {
            super(message);
        }
    }

    private static final String PURPOSE = "Administrera läkare";

    private final DoctorRepository doctors;
    private final DoctorDirectory directory;
    private final StaffUnits units;
    private final StaffAccess access;
    private final StaffAudit audit;
    private final Clock clock;

    public DoctorAdministration(DoctorRepository doctors, DoctorDirectory directory, StaffUnits units,
                                StaffAccess access, StaffAudit audit, Clock clock) {
        this.doctors = doctors;
        this.directory = directory;
        this.units = units;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The doctor, refused (403) unless the current user administers the doctor's unit. */
    public DoctorDetail authorised(String hsaId) {
        DoctorDetail d = doctors.find(hsaId, today()).orElseThrow(() -> new AccessDeniedException("Okänd läkare."));
        access.requireUnit(HsaId.of(d.facilityHsaId()));
        return d;
    }

    @Transactional
    public void update(String hsaId, DoctorForm.Values values) {
        DoctorDetail d = authorised(hsaId);
        StaffUser user = access.current();
        doctors.update(d.hsaId(), values, user.auditId(), LocalDateTime.now(clock));
        audit.record(user, "UPDATE_DOCTOR", null, HsaId.of(d.facilityHsaId()), PURPOSE, "doctor " + d.hsaId()
                + " cap " + values.maxPatients() + " ages " + values.minAge() + "-" + values.maxAge()
                + " dates " + values.startDate() + ".." + values.endDate());
    }

    @Transactional
    public void setActive(String hsaId, boolean active) {
        DoctorDetail d = authorised(hsaId);
        StaffUser user = access.current();
        doctors.setActive(d.hsaId(), active, user.auditId(), LocalDateTime.now(clock));
        audit.record(user, active ? "ACTIVATE_DOCTOR" : "DEACTIVATE_DOCTOR", null, HsaId.of(d.facilityHsaId()),
                PURPOSE, "doctor " + d.hsaId());
    }

    /** Adds a directory entry registered on {@code unit} as a doctor there. */
    @Transactional
    public DoctorDirectory.Entry add(String unit, String hsaId) {
        StaffUnits.Unit checked = units.require(unit);
        DoctorDirectory.Entry entry = directory.find(hsaId == null ? "" : hsaId.trim())
                .orElseThrow(() -> new Refused("Läkaren finns inte i regionens läkarkatalog."));
        if (!HsaId.of(entry.facilityHsaId()).equals(checked.id())) {
            throw new Refused("Läkaren " + entry.name() + " är registrerad på en annan vårdcentral (" + entry.facilityHsaId()
                    + ") och kan inte läggas till på " + checked.name() + ".");
        }
        if (doctors.find(entry.hsaId(), today()).isPresent()) {
            throw new Refused("Läkaren " + entry.name() + " finns redan som läkare.");
        }
        StaffUser user = access.current();
        doctors.add(entry, user.auditId(), LocalDateTime.now(clock));
        audit.record(user, "ADD_DOCTOR", null, checked.id(), PURPOSE, "doctor " + entry.hsaId());
        return entry;
    }

    /** Imports a directory file whole; refused with line-numbered errors when any line is wrong. */
    @Transactional
    public int importDirectory(String content, String fileName) {
        StaffUser user = access.requireRole(StaffRole.SYSTEMADMINISTRATOR, StaffRole.VARDVALSBEHORIG);
        DirectoryCsv.Parsed parsed = DirectoryCsv.parse(content, id -> units.find(id).map(StaffUnits.Unit::hsaId));
        if (!parsed.errors().isEmpty()) {
            throw new Refused(String.join("\n", parsed.errors()));
        }
        directory.upsert(parsed.entries(), LocalDateTime.now(clock));
        audit.record(user, "DIRECTORY_IMPORT", null, null, "Läkarkatalog", "file " + fileName + ", "
                + parsed.entries().size() + " entries");
        return parsed.entries().size();
    }
}
