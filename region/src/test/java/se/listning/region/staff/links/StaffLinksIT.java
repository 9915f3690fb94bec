package se.listning.region.staff.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.PersonId;
import se.listning.region.staff.doctors.DoctorAdministration.Refused;
import se.listning.region.staff.security.StaffUser;
import se.listning.region.testing.RegionIT;
import se.listning.region.testing.StaffFixtures;

/** Links: authorisation, all-or-nothing moves, preview then apply, stale previews, audit rows. */
class StaffLinksIT extends RegionIT {

    @Autowired
    StaffFixtures staff;
    @Autowired
    LinkService links;
    @Autowired
    DistributionService distribution;

    private StaffUser signIn(StaffUser user) {
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user.username(), null, List.of()));
        return user;
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private long listed(HsaId unit, int age, HsaId doctor) {
        PersonId person = fixtures.resident().born(LocalDate.now().minusYears(age).minusDays(10)).create();
        return fixtures.listing(person, unit).doctor(doctor).create();
    }

    private String doctorOf(long listing) {
        return jdbc.sql("select doctor_hsa_id from listing where id = :id").param("id", listing).query(String.class).optional()
                .orElse(null);
    }

    private int audits(StaffUser user, String action, String detail) {
        return jdbc.sql("select count(*) from audit_event where actor_id = :a and action = :action and detail = :d")
                .param("a", user.auditId()).param("action", action).param("d", detail).query(Integer.class).single();
    }

    @Test
    void linksASelectionWritesHistoryAndOneAuditRowPerPatient() {
        HsaId unit = fixtures.facility().create();
        HsaId doctor = fixtures.doctor(unit).maxPatients(5).create();
        long a = listed(unit, 30, null);
        long b = listed(unit, 40, null);
        StaffUser chef = signIn(staff.chef(unit));
        assertThat(links.link(unit.value(), List.of(a, b), doctor.value())).isEqualTo(2);
        assertThat(doctorOf(a)).isEqualTo(doctor.value());
        assertThat(doctorOf(b)).isEqualTo(doctor.value());
        assertThat(jdbc.sql("select count(*) from listing_doctor_change where listing_id in (:a, :b) and doctor_hsa_id = :d")
                .param("a", a).param("b", b).param("d", doctor.value()).query(Integer.class).single()).isEqualTo(2);
        assertThat(audits(chef, "SET_DOCTOR", "doctor " + doctor.value())).isEqualTo(2);
    }

    @Test
    void chefCannotTouchAnotherUnitsPatientsOrDoctors() {
        HsaId own = fixtures.facility().create();
        HsaId other = fixtures.facility().create();
        HsaId ownDoctor = fixtures.doctor(own).create();
        HsaId otherDoctor = fixtures.doctor(other).create();
        long foreign = listed(other, 30, null);
        long mine = listed(own, 30, null);
        signIn(staff.chef(own));
        assertThatThrownBy(() -> links.link(other.value(), List.of(foreign), otherDoctor.value()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> links.link(own.value(), List.of(mine, foreign), ownDoctor.value()))
                .isInstanceOf(Refused.class).hasMessageContaining("inte listade på");
        assertThatThrownBy(() -> links.link(own.value(), List.of(mine), otherDoctor.value()))
                .isInstanceOf(Refused.class).hasMessageContaining("är inte läkare på");
        assertThat(doctorOf(foreign)).isNull();
        assertThat(doctorOf(mine)).isNull();
    }

    @Test
    void aMoveIsRefusedWholeWhenOnePatientFailsAgeCapOrActivity() {
        HsaId unit = fixtures.facility().create();
        HsaId from = fixtures.doctor(unit).create();
        HsaId adults = fixtures.doctor(unit).ages(18, null).maxPatients(10).create();
        HsaId small = fixtures.doctor(unit).maxPatients(1).create();
        HsaId inactive = fixtures.doctor(unit).inactive().create();
        long adult = listed(unit, 50, from);
        long child = listed(unit, 8, from);
        signIn(staff.chef(unit));
        assertThatThrownBy(() -> links.moveAll(unit.value(), from.value(), adults.value()))
                .isInstanceOf(Refused.class).hasMessageContaining("tar bara emot patienter som har fyllt 18 år");
        assertThatThrownBy(() -> links.link(unit.value(), List.of(adult, child), small.value()))
                .isInstanceOf(Refused.class).hasMessageContaining("1 lediga platser (tak 1) men 2 patienter");
        assertThatThrownBy(() -> links.link(unit.value(), List.of(adult), inactive.value()))
                .isInstanceOf(Refused.class).hasMessageContaining("inte aktiv");
        assertThat(doctorOf(adult)).isEqualTo(from.value());
        assertThat(doctorOf(child)).isEqualTo(from.value());

        HsaId all = fixtures.doctor(unit).create();
        assertThat(links.moveAll(unit.value(), from.value(), all.value())).isEqualTo(2);
        assertThat(doctorOf(child)).isEqualTo(all.value());
    }

    @Test
    void distributionIsPreviewedThenAppliedLoggedAndAudited() {
        HsaId unit = fixtures.facility().create();
        HsaId d1 = fixtures.doctor(unit).maxPatients(3).create();
        HsaId d2 = fixtures.doctor(unit).maxPatients(3).ages(18, null).create();
        List<Long> patients = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            patients.add(listed(unit, 20 + i * 10, null));
        }
        long child = listed(unit, 5, null);
        long child2 = listed(unit, 6, null);
        StaffUser chef = signIn(staff.chef(unit));
        DistributionService.Outcome preview = distribution.preview(unit.value(), 77);
        assertThat(preview.result().assignments()).hasSize(6);
        assertThat(preview.result().unassigned()).hasSize(1);
        assertThat(doctorOf(child)).isNull();

        DistributionService.Outcome applied = distribution.apply(unit.value(), 77, preview.result().fingerprint());
        assertThat(applied.result().assignments()).isEqualTo(preview.result().assignments());
        preview.result().assignments().forEach((listing, doctor) -> assertThat(doctorOf(listing)).isEqualTo(doctor));
        assertThat(preview.result().assignments().get(child) == null ? doctorOf(child2) : doctorOf(child)).isEqualTo(d1.value());
        assertThat(jdbc.sql("select count(*) from doctor_distribution where id = :id and seed = 77 and assigned = 6 and unassigned = 1")
                .param("id", applied.id()).query(Integer.class).single()).isEqualTo(1);
        assertThat(audits(chef, "SET_DOCTOR", "distribution " + applied.id())).isEqualTo(6);
        assertThat(jdbc.sql("select count(*) from listing where facility_hsa_id = :u and doctor_hsa_id in (:a, :b)")
                .param("u", unit.value()).param("a", d1.value()).param("b", d2.value()).query(Integer.class).single())
                .isEqualTo(6);
    }

    @Test
    void aStalePreviewIsRefusedAndNothingChanges() {
        HsaId unit = fixtures.facility().create();
        fixtures.doctor(unit).create();
        long first = listed(unit, 30, null);
        signIn(staff.chef(unit));
        String fingerprint = distribution.preview(unit.value(), 5).result().fingerprint();
        long newcomer = listed(unit, 35, null);
        assertThatThrownBy(() -> distribution.apply(unit.value(), 5, fingerprint))
                .isInstanceOf(Refused.class).hasMessageContaining("ändrats sedan förhandsgranskningen");
        assertThat(doctorOf(first)).isNull();
        assertThat(doctorOf(newcomer)).isNull();
        assertThat(jdbc.sql("select count(*) from doctor_distribution where facility_hsa_id = :u").param("u", unit.value())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void householdsStayTogetherInTheDatabaseDistribution() {
        HsaId unit = fixtures.facility().create();
        fixtures.doctor(unit).create();
        fixtures.doctor(unit).create();
        fixtures.doctor(unit).create();
        List<Long> family = List.of(listed(unit, 40, null), listed(unit, 38, null), listed(unit, 9, null));
        for (long listing : family) {
            jdbc.sql("update person set street_address = 'Storgatan 1', postal_code = '123 45' where person_id = "
                    + "(select person_id from listing where id = :id)").param("id", listing).update();
        }
        for (int i = 0; i < 6; i++) {
            listed(unit, 50 + i, null);
        }
        signIn(staff.chef(unit));
        DistributionService.Outcome preview = distribution.preview(unit.value(), 123);
        distribution.apply(unit.value(), 123, preview.result().fingerprint());
        assertThat(family.stream().map(this::doctorOf).distinct()).hasSize(1);
    }

    @Test
    void thirtyThousandPatientsAreDistributedSetWise() {
        HsaId unit = fixtures.facility().create();
        for (int d = 0; d < 15; d++) {
            fixtures.doctor(unit).maxPatients(2100).create();
        }
        jdbc.sql("""
                insert into person (person_id, birth_date, home_county, street_address, postal_code)
                select '19' || lpad((g / 10000)::text, 2, '0') || '0101' || lpad((g % 10000)::text, 4, '0'),
                       date '1900-01-01', '01', 'Skalgatan ' || (g / 3), '999 99'
                from generate_series(0, 29999) g""").update();
        jdbc.sql("""
                insert into listing (person_id, code, code_system, facility_hsa_id, listing_county, valid_from, start_reason, source)
                select p.person_id, 'PV', lt.code_system, :unit, '01', localtimestamp, 'ACTIVE_CHOICE', 'fixture'
                from person p cross join (select code_system from listing_type where code = 'PV' limit 1) lt
                where p.street_address like 'Skalgatan %'""").param("unit", unit.value()).update();
        StaffUser chef = signIn(staff.chef(unit));
        long start = System.nanoTime();
        DistributionService.Outcome preview = distribution.preview(unit.value(), 1);
        long previewed = System.nanoTime();
        DistributionService.Outcome applied = distribution.apply(unit.value(), 1, preview.result().fingerprint());
        long done = System.nanoTime();
        System.out.printf("Distribution of 30000 patients: preview %d ms, apply %d ms%n",
                (previewed - start) / 1_000_000, (done - previewed) / 1_000_000);
        assertThat(applied.result().assignments()).hasSize(30_000);
        assertThat(jdbc.sql("select max(n) from (select count(*) n from listing where facility_hsa_id = :u group by doctor_hsa_id) x")
                .param("u", unit.value()).query(Integer.class).single()).isLessThanOrEqualTo(2100);
        assertThat(audits(chef, "SET_DOCTOR", "distribution " + applied.id())).isEqualTo(30_000);
    }
}
