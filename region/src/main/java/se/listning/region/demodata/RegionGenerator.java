package se.listning.region.demodata;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import se.listning.domain.identity.CountyCode;
import se.listning.domain.identity.ListingTypeCode;
import se.listning.domain.model.ListingReason;
import se.listning.region.demodata.Municipalities.Municipality;

/**
 * A deterministic synthetic region: units (vårdcentraler) with doctors, residents in households with
 * guardians, listings with history, queue places at full units, the relisting ledger and visitors
 * from other counties.
 *
 * <p>The population is never held in memory. {@link #emit(Table, RowSink)} walks the same seeded
 * random sequence for every table and forwards only that table's rows, so each COPY streams rows
 * as they are made. What must be shared between tables (which birth numbers are taken, how many are
 * listed per unit and doctor) is a few small counters that every walk rebuilds identically.
 *
 * <p>Rows depend only on (seed, county, residents, today): same inputs, same rows.
 */
public final class RegionGenerator {

    public record Config(CountyCode county, int residents, long seed, LocalDate today) {
        public Config {
            Objects.requireNonNull(county, "county");
            Objects.requireNonNull(today, "today");
            if (residents < 0) {
                throw new IllegalArgumentException("residents must be >= 0");
            }
        }

        public static Config of(CountyCode county, int residents, LocalDate today) {
            return new Config(county, residents, DEFAULT_SEED, today);
        }
    }

    /** A planned unit; {@code cap} null = no cap. */
    public record PlannedFacility(int index, String hsaId, String name, Municipality municipality, String street,
                                  String postalCode, String phone, boolean listable, Integer cap, boolean offersQueue,
                                  boolean supportsPersonnel, boolean bvc, boolean um, double popularity,
                                  int firstDoctor, int doctorCount) {
    }

    public record PlannedDoctor(int index, String hsaId, int facility, String name, String title, boolean active,
                                Integer maxPatients) {
    }

    public static final long DEFAULT_SEED = 20260101L;

    static final double CROSS_COUNTY_SHARE = 0.01;
    static final double LISTED_SHARE = 0.90;
    static final double DOCTOR_SHARE = 0.55;
    static final double PROTECTED_SHARE = 0.01;
    static final double COORDINATION_SHARE = 0.03;
    static final int RESIDENTS_PER_FACILITY = 9000;
    static final int MAX_AGE = 100;

    private final Config config;
    private final CountyCode county;
    private final String countyCode;
    private final String prefix;
    private final List<Municipality> municipalities;
    private final double[] municipalityCumulative;
    private final String[] postalPrefix;
    private final List<PlannedFacility> facilities;
    private final int[][] listableByMunicipality;
    private final int[][] bvcByMunicipality;
    private final int[][] umByMunicipality;
    private final List<PlannedDoctor> doctors;
    private final List<String> otherCounties;
    private final double[] adultAgeCumulative;
    private final long firstBirthDay;
    private final int birthDays;
    private final LocalDateTime now;

    public RegionGenerator(Config config, Municipalities municipalityCatalogue) {
        this.config = config;
        this.county = config.county();
        this.countyCode = county.code();
        this.prefix = RegionIds.hsaPrefix(county);
        this.municipalities = municipalityCatalogue.ofCounty(countyCode);
        this.now = config.today().atTime(7, 0);
        this.firstBirthDay = config.today().minusYears(MAX_AGE + 1).toEpochDay();
        this.birthDays = (int) (config.today().toEpochDay() - firstBirthDay + 1);
        this.otherCounties = RegionIds.counties().stream().filter(c -> !c.equals(countyCode)).toList();
        this.adultAgeCumulative = adultAgeWeights();

        SplittableRandom plan = new SplittableRandom(config.seed() * 31 + RegionIds.ordinal(county));
        double[] weights = new double[municipalities.size()];
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = Math.exp(plan.nextGaussian() * 0.9);
            total += weights[i];
        }
        municipalityCumulative = new double[weights.length];
        postalPrefix = new String[weights.length];
        double running = 0;
        for (int i = 0; i < weights.length; i++) {
            running += weights[i] / total;
            municipalityCumulative[i] = running;
            postalPrefix[i] = PostalCodes.prefix(countyCode, i);
        }
        municipalityCumulative[weights.length - 1] = 1.0;

        List<PlannedFacility> plannedFacilities = new ArrayList<>();
        List<PlannedDoctor> plannedDoctors = new ArrayList<>();
        List<List<Integer>> listable = new ArrayList<>();
        List<List<Integer>> bvc = new ArrayList<>();
        List<List<Integer>> um = new ArrayList<>();
        for (int m = 0; m < municipalities.size(); m++) {
            Municipality municipality = municipalities.get(m);
            double expectedResidents = config.residents() * weights[m] / total;
            // at least two units where there are enough people, so a full unit leaves a choice
            int count = Math.max(expectedResidents >= 1500 ? 2 : 1, (int) Math.round(expectedResidents / RESIDENTS_PER_FACILITY));
            List<String> stems = new ArrayList<>(List.of(SwedishNames.PLACE_STEMS));
            Collections.shuffle(stems, new java.util.Random(plan.nextLong()));
            double[] popularity = new double[count];
            double popularityTotal = 0;
            for (int j = 0; j < count; j++) {
                popularity[j] = 0.5 + plan.nextDouble();
                popularityTotal += popularity[j];
            }
            List<Integer> listableHere = new ArrayList<>();
            List<Integer> bvcHere = new ArrayList<>();
            List<Integer> umHere = new ArrayList<>();
            for (int j = 0; j < count; j++) {
                int index = plannedFacilities.size();
                double demand = expectedResidents * LISTED_SHARE * popularity[j] / popularityTotal;
                boolean listableUnit = j == 0 || plan.nextDouble() >= 0.02;
                boolean capped = plan.nextDouble() < 0.20 && j > 0; // the first unit of a municipality has room
                Integer cap = capped ? Math.max(1, (int) (demand * (0.75 + 0.15 * plan.nextDouble()))) : null;
                boolean offersQueue = capped && plan.nextDouble() < 0.6;
                boolean supportsPersonnel = plan.nextDouble() < 0.85;
                boolean offersBvc = j == 0 || plan.nextDouble() < 0.5;
                boolean offersUm = (m == 0 && j == 0) || plan.nextDouble() < 0.15;
                String stem = stems.get(j % stems.size()) + (j >= stems.size() ? " " + (j / stems.size() + 1) : "");
                String name = facilityName(stem, municipality.name(), plan);
                int doctorCount = Math.max(2, Math.min(12, (int) Math.round(demand / 1500) + 2 + plan.nextInt(3)));
                int firstDoctor = plannedDoctors.size();
                for (int d = 0; d < doctorCount; d++) {
                    boolean male = plan.nextBoolean();
                    String doctorName = SwedishNames.pick(male ? SwedishNames.MALE : SwedishNames.FEMALE, plan)
                            + " " + SwedishNames.pick(SwedishNames.FAMILY, plan);
                    String title = SwedishNames.pick(SwedishNames.DOCTOR_TITLES, plan);
                    boolean active = plan.nextDouble() >= 0.05;
                    Integer maxPatients = plan.nextDouble() < 0.7
                            ? Math.max(1, (int) (demand / doctorCount * (0.8 + 0.4 * plan.nextDouble()))) : null;
                    int doctorIndex = plannedDoctors.size();
                    plannedDoctors.add(new PlannedDoctor(doctorIndex, prefix + "-L" + fiveDigits(doctorIndex + 1), index,
                            doctorName, title, active, maxPatients));
                }
                String street = SwedishNames.pick(SwedishNames.STREET_STEMS, plan) + " " + (1 + plan.nextInt(60));
                String postal = postalPrefix[m] + plan.nextInt(10) + " " + twoDigits(plan.nextInt(100));
                String phone = "010-" + (100 + plan.nextInt(900)) + " " + twoDigits(plan.nextInt(100)) + " "
                        + twoDigits(plan.nextInt(100));
                plannedFacilities.add(new PlannedFacility(index, prefix + "-VC" + fourDigits(index + 1), name, municipality,
                        street, postal, phone, listableUnit, cap, offersQueue, supportsPersonnel, offersBvc, offersUm,
                        popularity[j], firstDoctor, doctorCount));
                if (listableUnit) {
                    listableHere.add(index);
                    if (offersBvc) {
                        bvcHere.add(index);
                    }
                    if (offersUm) {
                        umHere.add(index);
                    }
                }
            }
            listable.add(listableHere);
            bvc.add(bvcHere);
            um.add(umHere);
        }
        this.facilities = List.copyOf(plannedFacilities);
        this.doctors = List.copyOf(plannedDoctors);
        this.listableByMunicipality = toArrays(listable);
        this.bvcByMunicipality = toArrays(bvc);
        this.umByMunicipality = toArrays(um);
    }

    public Config config() {
        return config;
    }

    public List<PlannedFacility> facilities() {
        return facilities;
    }

    public List<PlannedDoctor> doctors() {
        return doctors;
    }

    public long listableFacilityCount() {
        return facilities.stream().filter(PlannedFacility::listable).count();
    }

    /** Visitors from other counties listed here: 0.5 % of the residents. */
    public int visitorCount() {
        return config.residents() / 200;
    }

    /** Streams the generated rows of one table to {@code sink}. */
    public void emit(Table table, RowSink sink) {
        switch (table) {
            case LISTING_TYPE, MUNICIPALITY -> {
                // reference data, emitted by RegionReferenceData
            }
            case FACILITY -> facilities.forEach(f -> sink.row(f.hsaId(), f.name(), f.municipality().code(), f.street(),
                    f.postalCode(), f.municipality().name(), f.phone(), f.listable(), f.cap(), f.offersQueue(),
                    f.supportsPersonnel()));
            case FACILITY_LISTING_TYPE -> facilities.forEach(f -> {
                if (f.bvc() || f.um()) {
                    sink.row(f.hsaId(), ListingTypeCode.PV.code(), ListingTypeCode.PV.codeSystem());
                    if (f.bvc()) {
                        ListingTypeCode type = RegionListingTypes.bvc(county);
                        sink.row(f.hsaId(), type.code(), type.codeSystem());
                    }
                    if (f.um()) {
                        ListingTypeCode type = RegionListingTypes.um();
                        sink.row(f.hsaId(), type.code(), type.codeSystem());
                    }
                }
            });
            case DOCTOR -> doctors.forEach(d -> sink.row(d.hsaId(), facilities.get(d.facility()).hsaId(), d.name(),
                    d.title(), d.active(), d.maxPatients(), null, null));
            default -> new Walk(table, sink).run();
        }
    }

    /** One pass over the population; only rows of {@code table} reach the sink. */
    private final class Walk {

        private final Table table;
        private final RowSink sink;
        private final SplittableRandom random = new SplittableRandom(config.seed() * 131 + RegionIds.ordinal(county));
        private final int[] serialsTaken = new int[birthDays * 4];
        private final int[] visitorSerialsTaken = new int[birthDays * 2];
        private final int[] listedPv = new int[facilities.size()];
        private final int[] listedBvc = new int[facilities.size()];
        private final int[] listedUm = new int[facilities.size()];
        private final int[] withDoctor = new int[doctors.size()];
        private final ListingTypeCode pv = RegionListingTypes.pv();
        private final ListingTypeCode bvc = RegionListingTypes.bvc(county);
        private final ListingTypeCode um = RegionListingTypes.um();

        Walk(Table table, RowSink sink) {
            this.table = table;
            this.sink = sink;
        }

        void run() {
            int remaining = config.residents();
            while (remaining > 0) {
                remaining -= household(remaining);
            }
            for (int i = 0; i < visitorCount(); i++) {
                visitor();
            }
        }

        /** Generates one household of at most {@code room} residents; returns its size. */
        private int household(int room) {
            double kind = random.nextDouble();
            int adults;
            int children;
            if (kind < 0.43) {
                adults = 1;
                children = 0;
            } else if (kind < 0.73) {
                adults = 2;
                children = 0;
            } else if (kind < 0.93) {
                adults = 2;
                children = 1 + random.nextInt(3);
            } else {
                adults = 1;
                children = 1 + random.nextInt(2);
            }
            adults = Math.min(adults, room);
            children = Math.min(children, room - adults);

            int[] childAges = new int[children];
            int oldest = children > 0 ? random.nextInt(18) : 0;
            for (int c = 0; c < children; c++) {
                childAges[c] = c == 0 ? oldest : random.nextInt(oldest + 1);
            }
            int[] adultAges = new int[adults];
            if (children > 0) {
                adultAges[0] = oldest + 20 + random.nextInt(24);
                if (adults > 1) {
                    adultAges[1] = Math.max(oldest + 19, adultAges[0] + random.nextInt(9) - 4);
                }
            } else {
                adultAges[0] = adultAge();
                if (adults > 1) {
                    adultAges[1] = Math.max(18, Math.min(MAX_AGE, adultAges[0] + random.nextInt(11) - 5));
                }
            }

            int municipality = municipality();
            Municipality home = municipalities.get(municipality);
            String familyName = SwedishNames.pick(SwedishNames.FAMILY, random);
            String street = SwedishNames.pick(SwedishNames.STREET_STEMS, random) + " " + (1 + random.nextInt(120));
            String postal = postalPrefix[municipality] + random.nextInt(10) + " " + twoDigits(random.nextInt(100));
            int preferred = pickFacility(listableByMunicipality[municipality]);
            boolean firstMale = random.nextBoolean();

            String[] adultIds = new String[adults];
            for (int a = 0; a < adults; a++) {
                boolean male = a == 0 ? firstMale : (random.nextDouble() < 0.9 ? !firstMale : firstMale);
                String family = a == 0 || random.nextDouble() < 0.7 ? familyName : SwedishNames.pick(SwedishNames.FAMILY, random);
                adultIds[a] = resident(adultAges[a], male, family, street, postal, home, municipality, preferred, null);
            }
            boolean bothGuardians = adults > 1 && random.nextDouble() < 0.85;
            for (int c = 0; c < children; c++) {
                boolean male = random.nextBoolean();
                String childId = resident(childAges[c], male, familyName, street, postal, home, municipality, preferred,
                        adults > 0 ? adultIds[0] : null);
                if (table == Table.GUARDIANSHIP) {
                    for (int a = 0; a < (bothGuardians ? adults : Math.min(1, adults)); a++) {
                        sink.row(childId, adultIds[a]);
                    }
                }
            }
            return adults + children;
        }

        /** One resident with all its listings; returns the person id. */
        private String resident(int age, boolean male, String familyName, String street, String postal,
                                Municipality home, int municipality, int preferred, String guardianId) {
            LocalDate birth = birthDate(age);
            boolean coordination = random.nextDouble() < COORDINATION_SHARE;
            String id = RegionIds.personId(birth, coordination, residentSerial(birth, coordination, male));
            String given = SwedishNames.pick(male ? SwedishNames.MALE : SwedishNames.FEMALE, random);
            boolean protectedIdentity = random.nextDouble() < PROTECTED_SHARE;
            boolean deceased = age >= 70 && random.nextDouble() < 0.005;
            if (table == Table.PERSON) {
                sink.row(id, coordination, birth, countyCode, home.code(), true, given, familyName,
                        protectedIdentity ? null : street, protectedIdentity ? null : postal,
                        protectedIdentity ? null : home.name(), protectedIdentity, deceased);
            }
            String actorType = age < 18 ? (guardianId != null ? "GUARDIAN" : null) : "CITIZEN";
            String actorId = age < 18 ? guardianId : id;
            if (deceased) {
                LocalDateTime died = pastTime(1 + random.nextInt(200));
                int facility = pickFacility(listableByMunicipality[municipality]);
                listing(id, pv, facilities.get(facility).hsaId(), null, died.minusDays(400 + random.nextInt(3000)), died,
                        ListingReason.GEOGRAPHIC_ASSIGNMENT, ListingReason.DECEASED, "folkbokforing", null, null);
                return id;
            }
            if (random.nextDouble() < CROSS_COUNTY_SHARE) {
                String elsewhere = otherCounties.get(random.nextInt(otherCounties.size()));
                int daysAgo = 1 + random.nextInt(2000);
                LocalDateTime from = notBefore(pastTime(daysAgo), birth);
                if (table == Table.LISTING) {
                    sink.row(id, pv.code(), pv.codeSystem(), null, elsewhere, null, from, null, true,
                            ListingReason.LISTED_IN_OTHER_REGION.name(), null, null, "UpdateListing", null, null);
                }
                if (daysAgo < 365) {
                    relisting(id, pv, from, "UpdateListing");
                }
            } else if (random.nextDouble() < LISTED_SHARE) {
                listPv(id, birth, municipality, preferred, actorType, actorId);
            }
            if (age <= 6 && random.nextDouble() < 0.97) {
                int facility = pickFacility(bvcByMunicipality[municipality]);
                if (facility >= 0 && hasRoom(facility, listedBvc)) {
                    listedBvc[facility]++;
                    listing(id, bvc, facilities.get(facility).hsaId(), null,
                            notBefore(birth.plusDays(7 + random.nextInt(30)).atTime(10, 0), birth), null,
                            ListingReason.ACTIVE_CHOICE, null, "CreateListing", actorType, actorId);
                }
            }
            if (age >= 13 && age <= 25 && random.nextDouble() < 0.15) {
                int facility = pickFacility(umByMunicipality[municipality]);
                if (facility >= 0 && hasRoom(facility, listedUm)) {
                    listedUm[facility]++;
                    listing(id, um, facilities.get(facility).hsaId(), null,
                            notBefore(pastTime(1 + random.nextInt(1500)), birth.plusYears(13)), null,
                            ListingReason.ACTIVE_CHOICE, null, "CreateListing", actorType, actorId);
                }
            }
            return id;
        }

        private void listPv(String id, LocalDate birth, int municipality, int preferred, String actorType, String actorId) {
            int[] here = listableByMunicipality[municipality];
            int choice = random.nextDouble() < 0.7 ? preferred : pickFacility(here);
            // Earlier listings, ended by relisting: up to two changes, so nobody starts above the cap of 2.
            double historyDraw = random.nextDouble();
            int changes = historyDraw < 0.03 ? 2 : historyDraw < 0.13 ? 1 : 0;
            int latestChangeDaysAgo = 1 + random.nextInt(1000);
            int earlierChangeDaysAgo = latestChangeDaysAgo + 30 + random.nextInt(700);
            int firstPrevious = pickFacility(here);
            int secondPrevious = pickFacility(here);
            LocalDateTime queuedAt = notBefore(pastTime(1 + random.nextInt(300)), birth);
            boolean wantsQueue = random.nextDouble() < 0.35;
            boolean wantsDoctor = random.nextDouble() < DOCTOR_SHARE;
            int doctorDraw = random.nextInt(1 << 20);
            int sinceDaysAgo = 1 + random.nextInt(5000);
            boolean geographic = random.nextDouble() < 0.3;

            PlannedFacility chosen = facilities.get(choice);
            if (!hasRoom(choice, listedPv)) {
                if (chosen.offersQueue() && wantsQueue && table == Table.QUEUE_PLACE) {
                    sink.row(id, chosen.hsaId(), pv.code(), pv.codeSystem(), null, queuedAt, true, null, null);
                }
                choice = firstWithRoom(here, choice);
                if (choice < 0) {
                    return; // nowhere with room in the municipality: not listed
                }
                chosen = facilities.get(choice);
            }
            listedPv[choice]++;
            String doctor = wantsDoctor && chosen.supportsPersonnel() ? takeDoctor(chosen, doctorDraw) : null;

            LocalDateTime start;
            if (changes == 0) {
                start = notBefore(pastTime(sinceDaysAgo), birth);
            } else {
                LocalDateTime latest = notBefore(pastTime(latestChangeDaysAgo), birth);
                LocalDateTime earlier = notBefore(pastTime(earlierChangeDaysAgo), birth);
                LocalDateTime firstStart = notBefore(earlier.minusDays(200 + sinceDaysAgo % 2000), birth);
                if (changes == 2 && earlier.isBefore(latest)) {
                    listing(id, pv, facilities.get(secondPrevious).hsaId(), null, firstStart, earlier,
                            ListingReason.GEOGRAPHIC_ASSIGNMENT, ListingReason.RELISTED, "folkbokforing", null, null);
                    listing(id, pv, facilities.get(firstPrevious).hsaId(), null, earlier, latest,
                            ListingReason.ACTIVE_CHOICE, ListingReason.RELISTED, "CreateListing", actorType, actorId);
                    countIfRecent(id, earlier);
                } else if (firstStart.isBefore(latest)) {
                    listing(id, pv, facilities.get(firstPrevious).hsaId(), null, firstStart, latest,
                            ListingReason.GEOGRAPHIC_ASSIGNMENT, ListingReason.RELISTED, "folkbokforing", null, null);
                }
                countIfRecent(id, latest);
                start = latest;
            }
            ListingReason reason = changes == 0 && geographic ? ListingReason.GEOGRAPHIC_ASSIGNMENT : ListingReason.ACTIVE_CHOICE;
            boolean own = reason == ListingReason.ACTIVE_CHOICE;
            if (table == Table.LISTING) {
                sink.row(id, pv.code(), pv.codeSystem(), chosen.hsaId(), countyCode, doctor, start, null, true,
                        reason.name(), null, null, own ? "CreateListing" : "folkbokforing",
                        own ? actorType : null, own ? actorId : null);
            }
        }

        private void visitor() {
            String home = otherCounties.get(random.nextInt(otherCounties.size()));
            boolean male = random.nextBoolean();
            LocalDate birth = birthDate(18 + random.nextInt(62));
            String id = RegionIds.personId(birth, false, visitorSerial(birth, male));
            int facility = firstWithRoom(listableFacilities(), random.nextInt(facilities.size()));
            LocalDateTime from = pastTime(1 + random.nextInt(1500));
            if (table == Table.PERSON) {
                sink.row(id, false, birth, home, null, false, null, null, null, null, null, false, false);
            }
            if (facility >= 0) {
                listedPv[facility]++;
                listing(id, pv, facilities.get(facility).hsaId(), null, from, null, ListingReason.ACTIVE_CHOICE, null,
                        "CreateListing", "CITIZEN", id);
            }
        }

        private int[] listableIndexes;

        private int[] listableFacilities() {
            if (listableIndexes == null) {
                listableIndexes = facilities.stream().filter(PlannedFacility::listable).mapToInt(PlannedFacility::index).toArray();
            }
            return listableIndexes;
        }

        private void listing(String id, ListingTypeCode type, String facility, String elsewhere, LocalDateTime from,
                             LocalDateTime endedAt, ListingReason start, ListingReason end, String source,
                             String actorType, String actorId) {
            if (table == Table.LISTING) {
                boolean active = endedAt == null;
                sink.row(id, type.code(), type.codeSystem(), facility, elsewhere != null ? elsewhere : countyCode, null,
                        from, endedAt, active, start.name(), end == null ? null : end.name(), endedAt, source,
                        actorType, actorId);
            }
        }

        private void countIfRecent(String id, LocalDateTime at) {
            if (at.isAfter(now.minusMonths(12))) {
                relisting(id, pv, at, "CreateListing");
            }
        }

        private void relisting(String id, ListingTypeCode type, LocalDateTime at, String source) {
            if (table == Table.RELISTING) {
                sink.row(id, type.code(), type.codeSystem(), at, source);
            }
        }

        private String takeDoctor(PlannedFacility facility, int draw) {
            for (int i = 0; i < facility.doctorCount(); i++) {
                PlannedDoctor doctor = doctors.get(facility.firstDoctor() + (draw + i) % facility.doctorCount());
                if (doctor.active() && (doctor.maxPatients() == null || withDoctor[doctor.index()] < doctor.maxPatients())) {
                    withDoctor[doctor.index()]++;
                    return doctor.hsaId();
                }
            }
            return null;
        }

        private boolean hasRoom(int facility, int[] listed) {
            Integer cap = facilities.get(facility).cap();
            return cap == null || listed[facility] < cap;
        }

        private int firstWithRoom(int[] candidates, int after) {
            if (candidates.length == 0) {
                return -1;
            }
            int start = Math.floorMod(after, candidates.length);
            for (int i = 0; i < candidates.length; i++) {
                int candidate = candidates[(start + i) % candidates.length];
                if (hasRoom(candidate, listedPv)) {
                    return candidate;
                }
            }
            return -1;
        }

        private int pickFacility(int[] candidates) {
            double draw = random.nextDouble();
            if (candidates.length == 0) {
                return -1;
            }
            double total = 0;
            for (int c : candidates) {
                total += facilities.get(c).popularity();
            }
            double target = draw * total;
            for (int c : candidates) {
                target -= facilities.get(c).popularity();
                if (target <= 0) {
                    return c;
                }
            }
            return candidates[candidates.length - 1];
        }

        private int municipality() {
            double draw = random.nextDouble();
            for (int i = 0; i < municipalityCumulative.length; i++) {
                if (draw <= municipalityCumulative[i]) {
                    return i;
                }
            }
            return municipalityCumulative.length - 1;
        }

        private int adultAge() {
            double draw = random.nextDouble();
            for (int i = 0; i < adultAgeCumulative.length; i++) {
                if (draw <= adultAgeCumulative[i]) {
                    return 18 + i;
                }
            }
            return MAX_AGE;
        }

        /** A birth date that makes the person exactly {@code age} today. */
        private LocalDate birthDate(int age) {
            LocalDate latest = config.today().minusYears(age);
            LocalDate earliest = config.today().minusYears(age + 1L).plusDays(1);
            long span = latest.toEpochDay() - earliest.toEpochDay() + 1;
            return earliest.plusDays(random.nextLong(span));
        }

        private int residentSerial(LocalDate birth, boolean coordination, boolean male) {
            int slot = slot(birth, coordination, male);
            int taken = serialsTaken[slot]++;
            if (taken >= RegionIds.RESIDENT_SERIALS - 1) {
                throw new IllegalStateException("too many residents born on " + birth + " for unique birth numbers");
            }
            int m = 1 + (taken + 19 * RegionIds.ordinal(county)) % (RegionIds.RESIDENT_SERIALS - 1);
            return 2 * m + (male ? 1 : 0);
        }

        private int visitorSerial(LocalDate birth, boolean male) {
            int slot = (int) (birth.toEpochDay() - firstBirthDay) * 2 + (male ? 1 : 0);
            int taken = visitorSerialsTaken[slot]++;
            if (taken >= RegionIds.VISITOR_SERIALS) {
                throw new IllegalStateException("too many visitors born on " + birth);
            }
            return 2 * (RegionIds.VISITOR_SERIAL_BASE + taken) + (male ? 1 : 0);
        }

        private int slot(LocalDate birth, boolean coordination, boolean male) {
            int day = (int) (birth.toEpochDay() - firstBirthDay);
            return day * 4 + (coordination ? 2 : 0) + (male ? 1 : 0);
        }

        private LocalDateTime pastTime(int daysAgo) {
            return now.minusDays(daysAgo).withHour(8 + random.nextInt(10)).withMinute(random.nextInt(60));
        }

        /** {@code time}, moved into [start of {@code earliest}, now]: nothing starts before birth or in the future. */
        private LocalDateTime notBefore(LocalDateTime time, LocalDate earliest) {
            LocalDateTime floor = earliest.atStartOfDay();
            LocalDateTime result = time.isBefore(floor) ? floor : time;
            return result.isAfter(now) ? now : result;
        }
    }

    private String facilityName(String stem, String municipality, SplittableRandom plan) {
        return switch (plan.nextInt(5)) {
            case 0 -> "Vårdcentralen " + stem + ", " + municipality;
            case 1 -> stem + " hälsocentral, " + municipality;
            case 2 -> "Familjeläkarna " + stem + ", " + municipality;
            case 3 -> "Husläkarmottagningen " + stem + ", " + municipality;
            default -> "Vårdcentral " + stem + ", " + municipality;
        };
    }

    /** Weights for adult ages 18..100: flat to 70, then falling towards 100. */
    private static double[] adultAgeWeights() {
        double[] weights = new double[MAX_AGE - 18 + 1];
        double total = 0;
        for (int age = 18; age <= MAX_AGE; age++) {
            double w = age <= 70 ? 1.0 : Math.max(0.02, (MAX_AGE - age) / 30.0);
            weights[age - 18] = w;
            total += w;
        }
        double running = 0;
        for (int i = 0; i < weights.length; i++) {
            running += weights[i] / total;
            weights[i] = running;
        }
        weights[weights.length - 1] = 1.0;
        return weights;
    }

    private static int[][] toArrays(List<List<Integer>> lists) {
        int[][] result = new int[lists.size()][];
        for (int i = 0; i < lists.size(); i++) {
            result[i] = lists.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
        return result;
    }

    static String twoDigits(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    static String fourDigits(int n) {
        return String.format("%04d", n);
    }

    static String fiveDigits(int n) {
        return String.format("%05d", n);
    }
}
