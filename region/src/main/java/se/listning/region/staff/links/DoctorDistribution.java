package se.listning.region.staff.links;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Reproducible random distribution of a unit's patients without fast läkarkontakt over its active doctors:
 * never above a doctor's cap, within age limits, preferred ages first, households kept together when one
 * doctor can take them all. Same seed and same input give the same result. No Spring, no database.
 */
public final class DoctorDistribution {

    /** A patient to place; {@code household} groups people at the same address (null: alone). */
    public record Patient(long listingId, String personId, int age, String household) {
        /** ÅÅÅÅMMDD-NNNN for staff. */
        public String personnummer() {
            return UnitPatients.display(personId);
        }
    }

    /** An active doctor: {@code cap} null = no cap; {@code listed} = patients already with the doctor. */
    public record Slot(String doctorId, String name, Integer cap, int listed, Integer minAge, Integer maxAge,
                       Integer preferredMin, Integer preferredMax) {

        boolean allows(int age) {
            return (minAge == null || age >= minAge) && (maxAge == null || age <= maxAge);
        }

        boolean prefers(int age) {
            return (preferredMin == null || age >= preferredMin) && (preferredMax == null || age <= preferredMax)
                    && (preferredMin != null || preferredMax != null);
        }
    }

    /** A patient no doctor could take, with the Swedish reason. */
    public record Unassigned(Patient patient, String reason) {
    }

    /**
     * The outcome: listing id → doctor id (in listing id order), per doctor how many are assigned (doctor
     * id order), and the patients left without a doctor.
     */
    public record Result(long seed, Map<Long, String> assignments, Map<String, Integer> perDoctor,
                         List<Unassigned> unassigned) {

        /** A digest of the whole result: equal only when the same patients go to the same doctors. */
        public String fingerprint() {
            try {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                digest.update(Long.toString(seed).getBytes(StandardCharsets.UTF_8));
                assignments.forEach((listing, doctor) ->
                        digest.update((";" + listing + "=" + doctor).getBytes(StandardCharsets.UTF_8)));
                unassigned.stream().map(u -> u.patient().listingId()).sorted()
                        .forEach(listing -> digest.update((";" + listing + "!").getBytes(StandardCharsets.UTF_8)));
                return HexFormat.of().formatHex(digest.digest());
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private DoctorDistribution() {
    }

    public static Result distribute(List<Patient> patients, List<Slot> doctors, long seed) {
        Random random = new Random(seed);
        List<List<Patient>> groups = households(patients);
        Collections.shuffle(groups, random);
        List<State> states = new ArrayList<>();
        doctors.stream().sorted(Comparator.comparing(Slot::doctorId)).forEach(d -> states.add(new State(d)));
        List<State> ranked = new ArrayList<>(states);
        Collections.shuffle(ranked, random);
        for (int i = 0; i < ranked.size(); i++) {
            ranked.get(i).rank = i;
        }
        Map<Long, String> assignments = new TreeMap<>();
        List<Unassigned> unassigned = new ArrayList<>();
        for (List<Patient> group : groups) {
            State together = group.size() > 1 ? best(states, group) : null;
            if (together != null) {
                group.forEach(p -> together.assign(p, assignments));
                continue;
            }
            for (Patient p : group) {
                State one = best(states, List.of(p));
                if (one != null) {
                    one.assign(p, assignments);
                } else {
                    unassigned.add(new Unassigned(p, reason(states, p.age())));
                }
            }
        }
        Map<String, Integer> perDoctor = new LinkedHashMap<>();
        states.forEach(s -> perDoctor.put(s.slot.doctorId(), s.assigned));
        unassigned.sort(Comparator.comparing(u -> u.patient().personId()));
        return new Result(seed, Collections.unmodifiableMap(assignments), Collections.unmodifiableMap(perDoctor),
                List.copyOf(unassigned));
    }

    /** Groups by household in person id order; the groups' order is the order of their first member. */
    private static List<List<Patient>> households(List<Patient> patients) {
        List<Patient> sorted = new ArrayList<>(patients);
        sorted.sort(Comparator.comparing(Patient::personId).thenComparingLong(Patient::listingId));
        Map<String, List<Patient>> byHousehold = new LinkedHashMap<>();
        List<List<Patient>> groups = new ArrayList<>();
        for (Patient p : sorted) {
            if (p.household() == null) {
                groups.add(List.of(p));
            } else {
                List<Patient> group = byHousehold.get(p.household());
                if (group == null) {
                    group = new ArrayList<>();
                    byHousehold.put(p.household(), group);
                    groups.add(group);
                }
                group.add(p);
            }
        }
        return groups;
    }

    /** The doctor who may take all of {@code group}: most members at a preferred age, then least load, then rank. */
    private static State best(List<State> states, List<Patient> group) {
        State best = null;
        int bestPreferred = -1;
        for (State s : states) {
            if (s.free() < group.size() || !group.stream().allMatch(p -> s.slot.allows(p.age()))) {
                continue;
            }
            int preferred = (int) group.stream().filter(p -> s.slot.prefers(p.age())).count();
            if (best == null || preferred > bestPreferred
                    || (preferred == bestPreferred && (s.load() < best.load()
                        || (s.load() == best.load() && s.rank < best.rank)))) {
                best = s;
                bestPreferred = preferred;
            }
        }
        return best;
    }

    private static String reason(List<State> states, int age) {
        if (states.isEmpty()) {
            return "Vårdcentralen har ingen aktiv läkare.";
        }
        if (states.stream().noneMatch(s -> s.slot.allows(age))) {
            return "Ingen aktiv läkare tar emot patienter som är " + age + " år.";
        }
        return "Läkarna som tar emot patienter som är " + age + " år har inga lediga platser.";
    }

    private static final class State {
        final Slot slot;
        int assigned;
        int rank;

        State(Slot slot) {
            this.slot = slot;
        }

        long free() {
            return slot.cap() == null ? Long.MAX_VALUE : Math.max(0, slot.cap() - slot.listed() - assigned);
        }

        int load() {
            return slot.listed() + assigned;
        }

        void assign(Patient p, Map<Long, String> assignments) {
            assignments.put(p.listingId(), slot.doctorId());
            assigned++;
        }
    }
}
