package se.listning.region.staff.doctors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import se.listning.domain.identity.HsaId;
import se.listning.domain.port.FacilityStore;
import se.listning.region.staff.security.StaffUser;
import se.listning.region.testing.RegionIT;
import se.listning.region.testing.StaffFixtures;

/** Doctor administration: validation, authorisation, activity by dates, directory import and adding. */
class StaffDoctorsIT extends RegionIT {

    @Autowired
    StaffFixtures staff;
    @Autowired
    DoctorAdministration admin;
    @Autowired
    DoctorRepository doctors;
    @Autowired
    FacilityStore facilities;

    private static DoctorForm form(String cap, String min, String max, String start, String end, String percent) {
        return new DoctorForm(cap, min, max, "", "", start, end, percent, "Distriktsläkare", "Allmänmedicin");
    }

    private void signIn(StaffUser user) {
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user.username(), null, List.of()));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void invalidInputIsRefusedWithReadableMessages() {
        DoctorForm.Checked checked = form("-1", "50", "20", "2026-05-01", "2026-01-01", "0").check();
        assertThat(checked.errors()).contains("Antal patienter tak måste vara mellan 0 och 1000000.",
                "Arbetsgrad måste vara mellan 1 och 100.",
                "Åldersbegränsning: från-åldern får inte vara högre än till-åldern.",
                "Slutdatum får inte vara före startdatum.");
        assertThat(form("x", "", "131", "1/5", "", "").check().errors()).contains(
                "Antal patienter tak måste vara ett heltal.", "Åldersbegränsning till måste vara mellan 0 och 130.",
                "Startdatum måste vara ett datum som ÅÅÅÅ-MM-DD.");
    }

    @Test
    void chefUpdatesOwnDoctorAndTheChangeIsAudited() {
        HsaId unit = fixtures.facility().create();
        HsaId doctor = fixtures.doctor(unit).create();
        StaffUser chef = staff.chef(unit);
        signIn(chef);
        admin.update(doctor.value(), form("1200", "18", "", "2026-01-01", "", "80").check().values());
        DoctorDetail d = doctors.find(doctor.value(), LocalDate.now()).orElseThrow();
        assertThat(d.maxPatients()).isEqualTo(1200);
        assertThat(d.minAge()).isEqualTo(18);
        assertThat(d.workPercent()).isEqualTo(80);
        assertThat(d.role()).isEqualTo("Distriktsläkare");
        assertThat(jdbc.sql("select count(*) from audit_event where actor_id = :a and action = 'UPDATE_DOCTOR' and unit = :u")
                .param("a", chef.auditId()).param("u", unit.value()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void chefOfAnotherUnitIsRefusedAndNothingChanges() {
        HsaId unit = fixtures.facility().create();
        HsaId doctor = fixtures.doctor(unit).maxPatients(10).create();
        signIn(staff.chef(fixtures.facility().create()));
        assertThatThrownBy(() -> admin.update(doctor.value(), form("5", "", "", "", "", "").check().values()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.setActive(doctor.value(), false)).isInstanceOf(AccessDeniedException.class);
        DoctorDetail d = doctors.find(doctor.value(), LocalDate.now()).orElseThrow();
        assertThat(d.maxPatients()).isEqualTo(10);
        assertThat(d.active()).isTrue();
    }

    @Test
    void anEndedOrDeactivatedDoctorIsNotOfferedOrAccepted() {
        HsaId unit = fixtures.facility().create();
        HsaId ended = fixtures.doctor(unit).create();
        HsaId future = fixtures.doctor(unit).create();
        HsaId deactivated = fixtures.doctor(unit).create();
        signIn(staff.chef(unit));
        LocalDate today = LocalDate.now();
        admin.update(ended.value(), form("", "", "", today.minusYears(1).toString(), today.minusDays(1).toString(), "").check().values());
        admin.update(future.value(), form("", "", "", today.plusDays(1).toString(), "", "").check().values());
        admin.setActive(deactivated.value(), false);
        assertThat(facilities.doctor(ended).orElseThrow().active()).isFalse();
        assertThat(facilities.doctor(future).orElseThrow().active()).isFalse();
        assertThat(facilities.doctor(deactivated).orElseThrow().active()).isFalse();
        admin.setActive(deactivated.value(), true);
        assertThat(facilities.doctors(unit)).filteredOn(d -> d.active()).extracting(d -> d.id()).containsExactly(deactivated);
    }

    @Test
    void directoryImportIsAllOrNothingAndAddingChecksTheUnit() {
        HsaId unit = fixtures.facility().create();
        HsaId other = fixtures.facility().create();
        String a = "SE2321000016-DIR" + System.nanoTime() % 1_000_000;
        signIn(staff.vardval());
        String bad = DirectoryCsv.HEADER + "\n" + a + "A;Anna Ek;Leg. läkare;Allmänmedicin;" + unit.value()
                + "\n;Utan Id;;;" + unit.value() + "\n" + a + "C;Carl;;;SE-OKAND\n";
        assertThatThrownBy(() -> admin.importDirectory(bad, "katalog.csv"))
                .isInstanceOf(DoctorAdministration.Refused.class)
                .hasMessageContaining("Rad 3: HSA-id \"\" är inte giltigt.")
                .hasMessageContaining("Rad 4: vårdcentralen \"SE-OKAND\" finns inte i regionen.");
        assertThat(jdbc.sql("select count(*) from doctor_directory where hsa_id like :p").param("p", a + "%")
                .query(Integer.class).single()).isZero();

        String good = DirectoryCsv.HEADER + "\n" + a + "A;Anna Ek;Leg. läkare;Allmänmedicin;" + unit.value().toLowerCase()
                + "\n" + a + "B;Bo Berg;ST-läkare;;" + other.value() + "\n";
        assertThat(admin.importDirectory(good, "katalog.csv")).isEqualTo(2);

        signIn(staff.chef(unit));
        assertThatThrownBy(() -> admin.add(unit.value(), a + "B"))
                .isInstanceOf(DoctorAdministration.Refused.class)
                .hasMessageContaining("registrerad på en annan vårdcentral");
        assertThatThrownBy(() -> admin.add(other.value(), a + "B")).isInstanceOf(AccessDeniedException.class);
        DoctorDirectory.Entry added = admin.add(unit.value(), a + "A");
        assertThat(added.facilityHsaId()).isEqualTo(unit.value());
        assertThat(facilities.doctor(HsaId.of(a + "A")).orElseThrow().active()).isTrue();
        assertThatThrownBy(() -> admin.add(unit.value(), a + "A")).hasMessageContaining("finns redan");
    }

    @Test
    void chefMayNotImportTheDirectory() {
        signIn(staff.chef(fixtures.facility().create()));
        assertThatThrownBy(() -> admin.importDirectory(DirectoryCsv.HEADER + "\n", "x.csv"))
                .isInstanceOf(AccessDeniedException.class);
    }
}
