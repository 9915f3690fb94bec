package se.listning.region.demodata;

import static org.assertj.core.api.Assertions.assertThat;
import static se.listning.region.demodata.SuiteClient.citizen;
import static se.listning.region.demodata.SuiteClient.county;
import static se.listning.region.demodata.SuiteClient.cv;
import static se.listning.region.demodata.SuiteClient.element;
import static se.listning.region.demodata.SuiteClient.guardian;
import static se.listning.region.demodata.SuiteClient.organisation;
import static se.listning.region.demodata.SuiteClient.person;
import static se.listning.region.soap.CarelistingContract.CREATE_LISTING;
import static se.listning.region.soap.CarelistingContract.GET_AVAILABLE_HEALTHCARE_FACILITIES;
import static se.listning.region.soap.CarelistingContract.GET_AVAILABLE_HEALTHCARE_PERSONNEL;
import static se.listning.region.soap.CarelistingContract.GET_LISTING;
import static se.listning.region.soap.CarelistingContract.GET_LISTING_COUNTY;
import static se.listning.region.soap.CarelistingContract.GET_LISTING_TYPES;
import static se.listning.region.soap.CarelistingContract.UPDATE_LISTING;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.listning.domain.identity.CountyCode;
import se.listning.domain.identity.ListingTypeCode;
import se.listning.region.demodata.TestDataCatalogue.Role;
import se.listning.region.demodata.TestDataCatalogue.UnitRole;

/**
 * The national test-suite cases, run over real SOAP/HTTP against the loaded catalogue with exactly
 * the data.xml values docs/test-data-catalogue.md gives for county 01. Cases that change data use
 * personas no read case depends on.
 */
class TestDataCatalogueIT extends DemoRegionIT {

    private static final String NATIONAL = ListingTypeCode.NATIONAL_CODE_SYSTEM;

    @Autowired
    Clock clock;

    TestDataCatalogue cat;
    SuiteClient soap;
    String next;
    String previous;

    @BeforeEach
    void setUp() {
        cat = new TestDataCatalogue(CountyCode.of(COUNTY), LocalDate.now(clock), Municipalities.load());
        soap = new SuiteClient(port, COUNTY);
        next = RegionIds.next(CountyCode.of(COUNTY)).code();
        previous = RegionIds.previous(CountyCode.of(COUNTY)).code();
    }

    String pv(String element) {
        return cv(element, "PV", NATIONAL);
    }

    String um(String element) {
        return cv(element, "UM", RegionListingTypes.SHARED_CODE_SYSTEM);
    }

    String unit(UnitRole role) {
        return cat.unit(role);
    }

    @Nested
    class CreateListing {

        SuiteClient.Answer create(String actor, String personId, String facility, String listingType, String extra) {
            return soap.call(CREATE_LISTING, actor + person(personId) + element("healthcareFacilityHSAId", facility)
                    + listingType + extra + county("newListingCounty", COUNTY));
        }

        SuiteClient.Answer create(String personId, String facility, String extra) {
            return create(citizen(personId), personId, facility, pv("listingType"), extra);
        }

        @Test
        void basicCasesWithTheCreatePersonaAtTheOpenUnit() {
            String cecilia = cat.id(Role.CREATE);
            String open = unit(UnitRole.OPEN_WITH_DOCTORS);
            create(cecilia, open, "").notError();                                            // 1.1, 1.3.1, 2.3.1
            create(cecilia, open, county("homeCounty", COUNTY)).notError();                   // 1.4.1
            create(cecilia, open, element("healthcarePersonnel", cat.doctor(2))).notError(); // 2.1
            create(cecilia, open, element("addToQueue", "false")).notError();                 // 2.2.2
            assertThat(create(cecilia, open, "").notError().all("resultText"))               // 4.2
                    .anyMatch(t -> t.contains("Övertorneå hälsocentral"));
        }

        @Test
        void coordinationNumberLocalTypeGuardianAndInfo() {
            create(cat.id(Role.COORDINATION), unit(UnitRole.OPEN_WITH_DOCTORS), "").notError();   // 1.2
            String alva = cat.id(Role.YOUNG_ADULT);
            create(citizen(alva), alva, unit(UnitRole.OPEN_WITH_DOCTORS), um("listingType"), "").notError(); // 1.3.2
            create(guardian(cat.id(Role.GUARDIAN)), cat.id(Role.CHILD_ONE_GUARDIAN),                  // 2.3.2
                    unit(UnitRole.OPEN_WITH_DOCTORS), pv("listingType"), "").notError();
            create(cat.id(Role.INFO), unit(UnitRole.OPEN_NO_DOCTOR_CHOICE), "").result("INFO");   // 4.3
        }

        @Test
        void citizenOfAnotherCountyListsHere() {                                                   // 1.4.2
            String vidar = TestDataCatalogue.personId(Role.OTHER_COUNTY_CANDIDATE, CountyCode.of(next));
            create(vidar, unit(UnitRole.OPEN_NO_DOCTOR_CHOICE), county("homeCounty", next)).notError();
        }

        @Test
        void queueAtTheFullUnitWithQueue() {                                                       // 2.2.1
            create(cat.id(Role.CREATE),
                    unit(UnitRole.FULL_WITH_QUEUE), element("addToQueue", "true")).result("OK");
        }

        @Test
        void errorCases() {
            create(cat.id(Role.CREATE), unit(UnitRole.CLOSED), "").result("ERROR");                         // 3.2.1
            String cecilia = cat.id(Role.CREATE);
            soap.call(CREATE_LISTING, citizen(cecilia) + person(cecilia)                                     // 3.2.2
                    + element("healthcareFacilityHSAId", unit(UnitRole.OPEN_WITH_DOCTORS)) + pv("listingType")
                    + county("newListingCounty", "13")).result("ERROR");
            create(cat.id(Role.RELISTING_CAP_REACHED), unit(UnitRole.OPEN_WITH_DOCTORS), "")                // 3.2.3
                    .result("ERROR_MAXIMUM_ANNUAL_UPDATES_EXCEEDED");
            create(cat.id(Role.FULL_REFUSED), unit(UnitRole.FULL_NO_QUEUE), "")                              // 3.2.4
                    .result("ERROR_MAXIMUM_CITIZEN_REACHED_ON_CAREUNIT");
            create(cat.id(Role.MINOR), unit(UnitRole.OPEN_WITH_DOCTORS), "")                                 // 3.2.5
                    .result("ERROR_GUARDIAN_CONSENT_NEEDED");
            String gunnar = cat.id(Role.AGE_LIMIT);
            ListingTypeCode bvc = RegionListingTypes.bvc(CountyCode.of(COUNTY));
            create(citizen(gunnar), gunnar, unit(UnitRole.OPEN_WITH_DOCTORS),                               // 3.2.6
                    cv("listingType", bvc.code(), bvc.codeSystem()), "").result("ERROR_AGE_LIMIT");
        }
    }

    @Nested
    class GetAvailableHealthcareFacilities {

        String ids(UnitRole... roles) {
            StringBuilder b = new StringBuilder();
            for (UnitRole r : roles) {
                b.append(element("healthcareFacilities", unit(r)));
            }
            return b.toString();
        }

        @Test
        void allFacilitiesFiltersAndFlags() {
            long listable = count("select count(*) from facility where listable");
            assertThat(soap.call(GET_AVAILABLE_HEALTHCARE_FACILITIES, "").notError().count("healthcareFacilities"))
                    .isEqualTo((int) listable);                                                           // 1.1
            assertThat(soap.call(GET_AVAILABLE_HEALTHCARE_FACILITIES, ids(UnitRole.OPEN_WITH_DOCTORS)).notError()
                    .all("id")).containsOnly(unit(UnitRole.OPEN_WITH_DOCTORS));                           // 1.2.1
            assertThat(soap.call(GET_AVAILABLE_HEALTHCARE_FACILITIES, ids(UnitRole.OPEN_WITH_DOCTORS, UnitRole.FULL_WITH_QUEUE))
                    .notError().all("id")).containsExactlyInAnyOrder(unit(UnitRole.OPEN_WITH_DOCTORS),
                    unit(UnitRole.FULL_WITH_QUEUE));                                                      // 1.2.2
            soap.call(GET_AVAILABLE_HEALTHCARE_FACILITIES, pv("listingTypes")
                    + cv("listingTypes", "UNKNOWN_LISTING_TYPE", "OKAND_LISTNINGSTYP")).notError();       // 1.3.2
            ListingTypeCode bvc = RegionListingTypes.bvc(CountyCode.of(COUNTY));
            SuiteClient.Answer local = soap.call(GET_AVAILABLE_HEALTHCARE_FACILITIES,
                    cv("listingTypes", bvc.code(), bvc.codeSystem())).notError();                         // 2.1
            assertThat(local.count("healthcareFacilities")).isPositive()
                    .isEqualTo(local.all("codeSystem").stream().filter(bvc.codeSystem()::equals).count());
            assertThat(soap.call(GET_AVAILABLE_HEALTHCARE_FACILITIES, "").body())
                    .contains("Huvud- axlar- knä- och tåspecialisten");                                   // 4.2
        }

        @Test
        void queueAndPersonnelFlags() {
            SuiteClient.Answer queue = soap.call(GET_AVAILABLE_HEALTHCARE_FACILITIES, ids(UnitRole.FULL_WITH_QUEUE)).notError();
            assertThat(queue.all("hasQueue")).containsExactly("true");                                    // 5.1.1
            assertThat(queue.all("queueLength")).hasSize(1);                                              // 5.4
            assertThat(queue.all("estimatedWaitInQueue")).hasSize(1);                                     // 5.5
            SuiteClient.Answer open = soap.call(GET_AVAILABLE_HEALTHCARE_FACILITIES, ids(UnitRole.OPEN_WITH_DOCTORS)).notError();
            assertThat(open.all("hasQueue")).containsExactly("false");                                    // 5.1.2
            assertThat(open.all("supportsHealthcarePersonnel")).containsExactly("true");                  // 5.2.1
            assertThat(open.count("supportedListingTypes")).isGreaterThanOrEqualTo(2);                    // 5.3
            assertThat(soap.call(GET_AVAILABLE_HEALTHCARE_FACILITIES, ids(UnitRole.OPEN_NO_DOCTOR_CHOICE)).notError()
                    .all("supportsHealthcarePersonnel")).containsExactly("false");                        // 5.2.2
        }
    }

    @Test
    void getAvailableHealthcarePersonnel() {
        String facility = element("healthcareFacilityHSAId", unit(UnitRole.OPEN_WITH_DOCTORS));
        assertThat(soap.call(GET_AVAILABLE_HEALTHCARE_PERSONNEL, person(cat.id(Role.STANDARD)) + facility).notError()
                .count("healthcarePersonnel")).isPositive();                                                // 1.1
        assertThat(soap.call(GET_AVAILABLE_HEALTHCARE_PERSONNEL, person(cat.id(Role.COORDINATION)) + facility).notError()
                .count("healthcarePersonnel")).isPositive();                                                // 1.2
        assertThat(soap.call(GET_AVAILABLE_HEALTHCARE_PERSONNEL, person(cat.id(Role.STANDARD)) + facility
                + pv("listingTypes")).notError().count("healthcarePersonnel")).isPositive();               // 1.3
        assertThat(soap.call(GET_AVAILABLE_HEALTHCARE_PERSONNEL, person(cat.id(Role.STANDARD)) + facility
                + um("listingTypes") + pv("listingTypes")).notError().count("healthcarePersonnel")).isPositive(); // 2.1, 2.2
        assertThat(soap.call(GET_AVAILABLE_HEALTHCARE_PERSONNEL, person(cat.id(Role.STANDARD)) + facility).body())
                .contains(TestDataCatalogue.SPECIAL_CHARACTER_DOCTOR);                                      // 4.2
    }

    @Test
    void getListingCounty() {
        String tolvan = cat.id(Role.STANDARD);
        assertThat(soap.call(GET_LISTING_COUNTY, citizen(tolvan) + person(tolvan)).notError().all("extension"))
                .contains(COUNTY);                                                                          // 1.1, 2.1.1, 5.1
        String samuel = cat.id(Role.COORDINATION);
        assertThat(soap.call(GET_LISTING_COUNTY, citizen(samuel) + person(samuel)).notError().count("listingCounties"))
                .isPositive();                                                                              // 1.2
        assertThat(soap.call(GET_LISTING_COUNTY, guardian(cat.id(Role.GUARDIAN)) + person(cat.id(Role.CHILD_ONE_GUARDIAN)))
                .notError().count("listingCounties")).isPositive();                                         // 2.1.2
        for (String type : new String[] {"REGION", "PRIVATE_CAREGIVER", "SELF_OWNED_CAREGIVER", "HEALTHCARE_ADVISER"}) {
            assertThat(soap.call(GET_LISTING_COUNTY, organisation(type, cat.organisationActor()) + person(tolvan))
                    .notError().count("listingCounties")).as(type).isPositive();                            // 2.1.3–2.1.6
        }
        String ulla = cat.id(Role.CROSS_COUNTY_LISTED);
        assertThat(soap.call(GET_LISTING_COUNTY, citizen(ulla) + person(ulla)).notError().all("extension"))
                .contains(next).doesNotContain(COUNTY);                                                      // 5.2
        String nils = cat.id(Role.UNLISTED);
        assertThat(soap.call(GET_LISTING_COUNTY, citizen(nils) + person(nils)).notError().count("listingCounties"))
                .isZero();                                                                                  // 5.3
        String saga = cat.id(Role.TWO_REGIONS);
        assertThat(soap.call(GET_LISTING_COUNTY, citizen(saga) + person(saga)).notError().all("extension"))
                .containsExactlyInAnyOrder(COUNTY, next);            // 5.4
    }

    @Test
    void getListingOfTheRichPersona() {
        String tolvan = cat.id(Role.STANDARD);
        SuiteClient.Answer rich = soap.call(GET_LISTING, citizen(tolvan) + person(tolvan)).notError();
        assertThat(rich.count("listings")).isGreaterThanOrEqualTo(2);                                        // 1.1, 2.1.1
        assertThat(rich.body()).contains("Övertorneå hälsocentral");                                        // 4.2
        assertThat(rich.count("validFromDate")).isPositive();                                               // 5.1
        assertThat(rich.count("validToDate")).isPositive();                                                 // 5.2
        assertThat(rich.all("code")).contains("PV");                                                               // 5.3.1
        assertThat(rich.count("healthcarePersonnel")).isPositive();                                         // 5.4
        assertThat(rich.all("isInQueue")).contains("true", "false");                                        // 5.5.1, 5.5.2
        assertThat(rich.count("queueLength")).isPositive();                                                 // 5.6
        assertThat(rich.count("estimatedWaitInQueue")).isGreaterThanOrEqualTo(2);                           // 5.7, 5.9
        assertThat(rich.count("queuePosition")).isPositive();                                               // 5.8
        assertThat(rich.count("remainingChanges")).isPositive();                                            // 5.10
        String samuel = cat.id(Role.COORDINATION);
        assertThat(soap.call(GET_LISTING, citizen(samuel) + person(samuel)).notError().count("listings")).isPositive(); // 1.2
        assertThat(soap.call(GET_LISTING, guardian(cat.id(Role.GUARDIAN)) + person(cat.id(Role.CHILD_ONE_GUARDIAN)))
                .notError().count("listings")).isPositive();                                                // 2.1.2
        for (String type : new String[] {"REGION", "PRIVATE_CAREGIVER", "SELF_OWNED_CAREGIVER", "HEALTHCARE_ADVISER"}) {
            assertThat(soap.call(GET_LISTING, organisation(type, cat.organisationActor()) + person(tolvan))
                    .notError().count("listings")).as(type).isPositive();                                   // 2.1.3–2.1.6
        }
        String alva = cat.id(Role.YOUNG_ADULT);
        assertThat(soap.call(GET_LISTING, citizen(alva) + person(alva)).notError().body())
                .contains(RegionListingTypes.SHARED_CODE_SYSTEM);                                           // 5.3.2
    }

    @Test
    void getListingTypes() {
        assertThat(soap.call(GET_LISTING_TYPES, "").notError().count("listingTypes")).isEqualTo(3);          // 1.3
        // types valid for the person: the age ranges apply, so adults over 25 get PV only
        assertThat(soap.call(GET_LISTING_TYPES, person(cat.id(Role.STANDARD)) + county("homeCountyCode", COUNTY))
                .notError().count("listingTypes")).isEqualTo(1);                                            // 1.1
        assertThat(soap.call(GET_LISTING_TYPES, person(cat.id(Role.COORDINATION)) + county("homeCountyCode", COUNTY))
                .notError().count("listingTypes")).isEqualTo(1);                                            // 1.2
        assertThat(soap.call(GET_LISTING_TYPES, person(cat.id(Role.YOUNG_ADULT)) + county("homeCountyCode", COUNTY))
                .notError().all("code")).containsExactlyInAnyOrder("PV", "UM");
        SuiteClient.Answer all = soap.call(GET_LISTING_TYPES, "").notError();
        assertThat(all.all("code")).contains("PV", "BVC", "UM");                                            // 5.1, 5.2
        assertThat(all.all("codeSystem")).contains(RegionListingTypes.regionalCodeSystem(CountyCode.of(COUNTY)),
                RegionListingTypes.SHARED_CODE_SYSTEM);
    }

    @Test
    void updateListing() {
        String ulf = cat.id(Role.UPDATE);
        soap.call(UPDATE_LISTING, person(ulf) + county("newListingCounty", "13") + county("homeCounty", COUNTY))
                .notError();                                                                                // 1.1
        String sara = cat.id(Role.UPDATE_COORDINATION);
        soap.call(UPDATE_LISTING, person(sara) + county("newListingCounty", "13") + county("homeCounty", COUNTY))
                .notError();                                                                                // 1.2
        soap.call(UPDATE_LISTING, person(ulf) + county("newListingCounty", "13") + county("homeCounty", COUNTY)
                + pv("listingType")).notError();                                                            // 1.3.1
        soap.call(UPDATE_LISTING, person(ulf) + county("newListingCounty", next) + county("homeCounty", COUNTY)
                + um("listingType")).notError();                                                            // 1.3.2
        String visitor = TestDataCatalogue.personId(Role.CROSS_COUNTY_LISTED, CountyCode.of(previous));
        soap.call(UPDATE_LISTING, person(visitor) + county("newListingCounty", next) + county("homeCounty", previous))
                .notError();                                                                                // 1.4
        soap.call(UPDATE_LISTING, person(ulf) + county("newListingCounty", "13") + county("homeCounty", COUNTY)
                + cv("listingType", "UNKNOWN_CODE", "WRONG_CODE_SYSTEM")).result("ERROR");                  // 3.2.1
        soap.call(UPDATE_LISTING, person(ulf) + county("newListingCounty", "13")).result("ERROR");          // 3.2.2
    }
}
