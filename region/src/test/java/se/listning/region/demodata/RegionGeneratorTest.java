package se.listning.region.demodata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.listning.domain.identity.CountyCode;
import se.listning.domain.identity.PersonId;

class RegionGeneratorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    private static final Municipalities MUNICIPALITIES = Municipalities.load();

    private static RegionGenerator generator(String county, int residents, long seed) {
        return new RegionGenerator(new RegionGenerator.Config(CountyCode.of(county), residents, seed, TODAY, Set.of()), MUNICIPALITIES);
    }

    private static List<Object[]> rows(RegionGenerator generator, Table table) {
        List<Object[]> rows = new ArrayList<>();
        generator.emit(table, values -> rows.add(values.clone()));
        return rows;
    }

    private static List<String> text(RegionGenerator generator, Table table) {
        return rows(generator, table).stream().map(Arrays::deepToString).toList();
    }

    @Test
    void sameSeedCountyAndDayGiveTheSameRowsAndAnotherSeedDoesNot() {
        for (Table table : Table.values()) {
            assertThat(text(generator("20", 3000, 7), table)).as(table.name())
                    .isEqualTo(text(generator("20", 3000, 7), table));
        }
        assertThat(text(generator("20", 3000, 8), Table.PERSON)).isNotEqualTo(text(generator("20", 3000, 7), Table.PERSON));
    }

    @Test
    void everyPersonIdIsAValidPersonnummerOrSamordningsnummerMatchingItsBirthDateAndUnique() {
        List<Object[]> persons = rows(generator("01", 20_000, RegionGenerator.DEFAULT_SEED), Table.PERSON);
        RegionGenerator generator = generator("01", 20_000, RegionGenerator.DEFAULT_SEED);
        assertThat(persons).hasSize(20_000 + generator.visitorCount());
        Set<String> ids = new HashSet<>();
        int coordination = 0;
        int protectedIdentity = 0;
        for (Object[] p : persons) {
            String id = (String) p[0];
            PersonId personId = PersonId.parse(id);
            assertThat(ids.add(id)).as("unique " + personId.masked()).isTrue();
            boolean isCoordination = (Boolean) p[1];
            assertThat(personId.kind() == PersonId.Kind.SAMORDNINGSNUMMER).isEqualTo(isCoordination);
            assertThat(personId.birthDate()).isEqualTo(p[2]);
            assertThat(personId.ageOn(TODAY)).isBetween(0, 100);
            coordination += isCoordination ? 1 : 0;
            protectedIdentity += (Boolean) p[11] ? 1 : 0;
            if ((Boolean) p[11]) {
                assertThat(p[8]).as("no address for a protected identity").isNull();
            }
        }
        assertThat(coordination / (double) persons.size()).isBetween(0.02, 0.04);
        assertThat(protectedIdentity / (double) persons.size()).isBetween(0.005, 0.015);
    }

    @Test
    void crossCountyRecordsNeverNameACountyOfTheSameFederation() {
        Set<String> federation = Set.of("20", "14");
        RegionGenerator alone = generator("01", 20_000, RegionGenerator.DEFAULT_SEED);
        RegionGenerator inFederation = new RegionGenerator(new RegionGenerator.Config(CountyCode.of("01"), 20_000,
                RegionGenerator.DEFAULT_SEED, TODAY, federation), MUNICIPALITIES);

        assertThat(namingFederation(alone, federation)).as("without the setting some do").isPositive();
        assertThat(namingFederation(inFederation, federation)).isZero();
    }

    /** Visitors whose home county, and listings whose listing county, is one of the counties. */
    private static long namingFederation(RegionGenerator generator, Set<String> counties) {
        return rows(generator, Table.PERSON).stream().filter(p -> counties.contains((String) p[3])).count()
                + rows(generator, Table.LISTING).stream().filter(l -> counties.contains((String) l[4])).count();
    }

    @Test
    void ageDistributionLooksLikeAPopulation() {
        List<Object[]> persons = rows(generator("12", 20_000, 3), Table.PERSON);
        Map<Boolean, Long> minors = persons.stream().filter(p -> (Boolean) p[5])
                .collect(Collectors.partitioningBy(p -> PersonId.parse((String) p[0]).ageOn(TODAY) < 18, Collectors.counting()));
        double share = minors.get(true) / (double) (minors.get(true) + minors.get(false));
        assertThat(share).isBetween(0.15, 0.30);
        assertThat(persons.stream().anyMatch(p -> PersonId.parse((String) p[0]).ageOn(TODAY) >= 90)).isTrue();
        assertThat(persons.stream().anyMatch(p -> PersonId.parse((String) p[0]).ageOn(TODAY) == 0)).isTrue();
    }

    @Test
    void everyResidentChildHasOneOrTwoAdultGuardiansAtLeastEighteenYearsOlder() {
        RegionGenerator generator = generator("03", 10_000, 11);
        Map<String, LocalDate> births = new HashMap<>();
        Set<String> children = new HashSet<>();
        for (Object[] p : rows(generator, Table.PERSON)) {
            births.put((String) p[0], (LocalDate) p[2]);
            if ((Boolean) p[5] && PersonId.parse((String) p[0]).ageOn(TODAY) < 18) {
                children.add((String) p[0]);
            }
        }
        Map<String, List<String>> guardians = new HashMap<>();
        for (Object[] g : rows(generator, Table.GUARDIANSHIP)) {
            guardians.computeIfAbsent((String) g[0], k -> new ArrayList<>()).add((String) g[1]);
        }
        assertThat(guardians.keySet()).isEqualTo(children);
        guardians.forEach((child, list) -> {
            assertThat(list).hasSizeBetween(1, 2).doesNotHaveDuplicates();
            for (String guardian : list) {
                assertThat(births).containsKey(guardian);
                assertThat(births.get(guardian).plusYears(18)).isBeforeOrEqualTo(births.get(child));
            }
        });
        assertThat(guardians.values().stream().filter(l -> l.size() == 2).count()).isPositive();
        assertThat(guardians.values().stream().filter(l -> l.size() == 1).count()).isPositive();
    }

    @Test
    void municipalitiesAndUnitsBelongToTheCounty() {
        RegionGenerator generator = generator("20", 30_000, 5);
        Set<String> countyMunicipalities = MUNICIPALITIES.ofCounty("20").stream()
                .map(Municipalities.Municipality::code).collect(Collectors.toSet());
        assertThat(countyMunicipalities).hasSize(15).allMatch(code -> code.startsWith("20"));
        for (Object[] p : rows(generator, Table.PERSON)) {
            if ((Boolean) p[5]) {
                assertThat(countyMunicipalities).contains((String) p[4]);
                assertThat(p[3]).isEqualTo("20");
            } else {
                assertThat(p[3]).isNotEqualTo("20");
            }
        }
        String prefix = RegionIds.hsaPrefix(CountyCode.of("20")) + "-";
        assertThat(generator.facilities()).allSatisfy(f -> {
            assertThat(f.hsaId()).startsWith(prefix);
            assertThat(countyMunicipalities).contains(f.municipality().code());
            assertThat(f.name()).endsWith(", " + f.municipality().name());
        });
        assertThat(generator.facilities().stream().map(f -> f.municipality().code()).collect(Collectors.toSet()))
                .as("every municipality has a unit").isEqualTo(countyMunicipalities);
        assertThat(generator.doctors()).allSatisfy(d -> assertThat(d.hsaId()).startsWith(prefix));
    }

    @Test
    void mostResidentsAreListedAndNobodyStartsAboveTheRelistingCap() {
        RegionGenerator generator = generator("01", 20_000, RegionGenerator.DEFAULT_SEED);
        Set<String> listedPv = new HashSet<>();
        for (Object[] l : rows(generator, Table.LISTING)) {
            if ("PV".equals(l[1]) && (Boolean) l[8]) {
                assertThat(listedPv.add((String) l[0])).as("one active PV listing per person").isTrue();
            }
        }
        assertThat(listedPv.size() / 20_000.0).isBetween(0.85, 0.95);
        Map<String, Long> relistings = rows(generator, Table.RELISTING).stream()
                .peek(r -> assertThat((java.time.LocalDateTime) r[3]).isAfter(TODAY.minusMonths(12).atStartOfDay()))
                .collect(Collectors.groupingBy(r -> (String) r[0], Collectors.counting()));
        assertThat(relistings).isNotEmpty();
        assertThat(relistings.values()).allMatch(n -> n <= RegionListingTypes.PV_MAX_RELISTINGS);
        assertThat(relistings.values()).contains(2L);
    }

    @Test
    void organisationNumberForStockholmIsRegionStockholmsAndEveryCountyHasItsOwn() {
        assertThat(RegionIds.organisationNumber(CountyCode.of("01"))).isEqualTo("2321000016");
        assertThat(RegionIds.counties().stream().map(c -> RegionIds.organisationNumber(CountyCode.of(c))).distinct())
                .hasSize(21);
    }
}
