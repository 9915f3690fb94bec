package se.listning.region.staff.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.listning.region.staff.links.DoctorDistribution.Patient;
import se.listning.region.staff.links.DoctorDistribution.Result;
import se.listning.region.staff.links.DoctorDistribution.Slot;

class DoctorDistributionTest {

    private static Slot doctor(String id, Integer cap, int listed) {
        return new Slot(id, "Dr " + id, cap, listed, null, null, null, null);
    }

    private static List<Patient> patients(int n, int age) {
        List<Patient> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(new Patient(i + 1, String.format("19800101%04d", i), age, null));
        }
        return list;
    }

    @Test
    void neverAssignsAboveACapAndReportsTheRestWithAReason() {
        Result r = DoctorDistribution.distribute(patients(10, 40), List.of(doctor("A", 5, 2), doctor("B", 4, 0)), 1);
        assertThat(r.perDoctor()).containsEntry("A", 3).containsEntry("B", 4);
        assertThat(r.unassigned()).hasSize(3)
                .allMatch(u -> u.reason().equals("Läkarna som tar emot patienter som är 40 år har inga lediga platser."));
    }

    @Test
    void respectsAgeLimitsAndPrefersPreferredAges() {
        Slot children = new Slot("K", "Barn", null, 0, 0, 17, null, null);
        Slot adults = new Slot("V", "Vuxen", null, 0, 18, null, null, null);
        Slot elderly = new Slot("E", "Äldre", null, 50, 18, null, 70, null);
        List<Patient> list = List.of(new Patient(1, "201001010001", 15, null),
                new Patient(2, "195001010001", 75, null), new Patient(3, "199001010001", 35, null));
        Result r = DoctorDistribution.distribute(list, List.of(children, adults, elderly), 7);
        assertThat(r.assignments()).containsEntry(1L, "K").containsEntry(2L, "E").containsEntry(3L, "V");
    }

    @Test
    void refusesAPatientNoDoctorMayTakeByAge() {
        Slot adults = new Slot("V", "Vuxen", null, 0, 18, null, null, null);
        Result r = DoctorDistribution.distribute(List.of(new Patient(1, "201501010001", 10, null)), List.of(adults), 3);
        assertThat(r.assignments()).isEmpty();
        assertThat(r.unassigned().get(0).reason()).isEqualTo("Ingen aktiv läkare tar emot patienter som är 10 år.");
    }

    @Test
    void keepsAHouseholdTogetherWhenOneDoctorHasRoom() {
        List<Patient> list = new ArrayList<>();
        for (int h = 0; h < 20; h++) {
            for (int m = 0; m < 3; m++) {
                list.add(new Patient(h * 3 + m + 1, String.format("1980%02d01%04d", m + 1, h), 30 + m, "home-" + h));
            }
        }
        Result r = DoctorDistribution.distribute(list, List.of(doctor("A", 40, 0), doctor("B", 40, 0), doctor("C", 40, 0)), 11);
        assertThat(r.unassigned()).isEmpty();
        Map<String, Long> doctorsPerHousehold = list.stream().collect(Collectors.groupingBy(Patient::household,
                Collectors.mapping(p -> r.assignments().get(p.listingId()), Collectors.collectingAndThen(
                        Collectors.toSet(), s -> (long) s.size()))));
        assertThat(doctorsPerHousehold.values()).allMatch(n -> n == 1);
    }

    @Test
    void splitsAHouseholdRatherThanGoOverACap() {
        List<Patient> family = List.of(new Patient(1, "198001010001", 40, "h"), new Patient(2, "198201010001", 38, "h"),
                new Patient(3, "201001010001", 16, "h"));
        Result r = DoctorDistribution.distribute(family, List.of(doctor("A", 2, 0), doctor("B", 1, 0)), 5);
        assertThat(r.perDoctor()).containsEntry("A", 2).containsEntry("B", 1);
        assertThat(r.unassigned()).isEmpty();
    }

    @Test
    void sameSeedSameResultAndAnotherSeedMayDiffer() {
        List<Slot> doctors = List.of(doctor("A", null, 0), doctor("B", null, 0), doctor("C", null, 0));
        Result one = DoctorDistribution.distribute(patients(300, 50), doctors, 42);
        List<Patient> reversed = new ArrayList<>(patients(300, 50));
        java.util.Collections.reverse(reversed);
        List<Slot> doctorsReversed = new ArrayList<>(doctors);
        java.util.Collections.reverse(doctorsReversed);
        Result again = DoctorDistribution.distribute(reversed, doctorsReversed, 42);
        Result other = DoctorDistribution.distribute(patients(300, 50), doctors, 43);
        assertThat(again.assignments()).isEqualTo(one.assignments());
        assertThat(again.fingerprint()).isEqualTo(one.fingerprint());
        assertThat(other.fingerprint()).isNotEqualTo(one.fingerprint());
        assertThat(one.perDoctor().values()).allMatch(n -> n == 100);
    }

    @Test
    void thirtyThousandPatientsWithHouseholdsStayWithinCaps() {
        List<Patient> list = new ArrayList<>();
        for (int i = 0; i < 30_000; i++) {
            list.add(new Patient(i + 1, String.format("19%02d0101%04d", 30 + i % 60, i % 10_000), 20 + i % 60, "h" + i / 4));
        }
        List<Slot> doctors = new ArrayList<>();
        for (int d = 0; d < 12; d++) {
            doctors.add(doctor("D" + d, 2_000 + d * 3, d * 10));
        }
        Result r = DoctorDistribution.distribute(list, doctors, 99);
        doctors.forEach(d -> assertThat(d.listed() + r.perDoctor().get(d.doctorId())).isLessThanOrEqualTo(d.cap()));
        assertThat(r.assignments().size() + r.unassigned().size()).isEqualTo(30_000);
    }
}
