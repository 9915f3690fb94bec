package se.listning.region.soap.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.listning.domain.identity.ActorType;
import se.listning.region.soap.CarelistingContract;

/** The authorisation table row by row: the built-in default and a configured table, and every parser error. */
class AuthorisationTableTest {

    private static final AuthorisationTable DEFAULT = SoapSecurityConfig.defaultTable();

    private static final AuthorisationTable CONFIGURED = AuthorisationTableParser.parse("test", """
            # 1177 (the e-service): citizens and guardians, never UpdateListing
            SE2321000016-1177 ; CreateListing, GetListing, GetListingCounty ; CITIZEN, GUARDIAN
            SE2321000016-1177 ; GetListingTypes, GetAvailableHealthcareFacilities, GetAvailableHealthcarePersonnel ; -
            # a private care provider
            SE2321000016-PV01 ; GetListing ; PRIVATE_CAREGIVER
            # regions
            se2321000016-reg* ; UpdateListing ; -
            SE2321000016-REG* ; GetListingCounty ; REGION
            """);

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @CsvSource({
            // the national test consumer: everything
            "SE-CONSUMER-001, CreateListing, CITIZEN, true",
            "SE-CONSUMER-001, CreateListing, HEALTHCARE_ADVISER, true",
            "SE-CONSUMER-001, GetListing, PRIVATE_CAREGIVER, true",
            "SE-CONSUMER-001, UpdateListing, , true",
            "se-consumer-001, GetListingTypes, , true",
            // other regions: UpdateListing, and GetListingCounty / GetListing as REGION
            "SE-REGION-14, UpdateListing, , true",
            "SE-REGION-14, GetListingCounty, REGION, true",
            "SE-REGION-20, GetListing, REGION, true",
            "SE-REGION-14, GetListingCounty, CITIZEN, false",
            "SE-REGION-14, CreateListing, REGION, false",
            "SE-REGION-14, CreateListing, CITIZEN, false",
            // any identified system: the catalogue only
            "SE2321000016-XYZ, GetListingTypes, , true",
            "SE2321000016-XYZ, GetAvailableHealthcareFacilities, , true",
            "SE2321000016-XYZ, GetAvailableHealthcarePersonnel, , true",
            "SE2321000016-XYZ, GetListing, CITIZEN, false",
            "SE2321000016-XYZ, GetListingCounty, PRIVATE_CAREGIVER, false",
            "SE2321000016-XYZ, CreateListing, CITIZEN, false",
            "SE2321000016-XYZ, UpdateListing, , false",
            // a plain-HTTP call without a consumer id (development row)
            "-, CreateListing, CITIZEN, true",
            "-, UpdateListing, , true"})
    void defaultTable(String consumer, String contract, ActorType actor, boolean allowed) {
        assertThat(DEFAULT.allows(id(consumer), contract(contract), actor)).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @CsvSource({
            // allowed rows
            "SE2321000016-1177, CreateListing, CITIZEN, true",
            "SE2321000016-1177, GetListingCounty, GUARDIAN, true",
            "se2321000016-1177, GetListing, CITIZEN, true",
            "SE2321000016-1177, GetAvailableHealthcareFacilities, , true",
            "SE2321000016-PV01, GetListing, PRIVATE_CAREGIVER, true",
            "SE2321000016-REG01, UpdateListing, , true",
            "SE2321000016-REG20, GetListingCounty, REGION, true",
            // wrong contract for the consumer
            "SE2321000016-1177, UpdateListing, , false",
            "SE2321000016-PV01, GetListingCounty, PRIVATE_CAREGIVER, false",
            "SE2321000016-PV01, GetListingTypes, , false",
            "SE2321000016-REG01, CreateListing, REGION, false",
            // wrong actor type for consumer and contract
            "SE2321000016-1177, GetListing, REGION, false",
            "SE2321000016-1177, CreateListing, HEALTHCARE_ADVISER, false",
            "SE2321000016-PV01, GetListing, CITIZEN, false",
            "SE2321000016-REG01, GetListingCounty, CITIZEN, false",
            // unknown consumers, and no consumer at all: no row names them
            "SE2321000016-OTHER, GetListingTypes, , false",
            "SE-CONSUMER-001, GetListing, CITIZEN, false",
            "SE2321000016-RE, UpdateListing, , false",
            "-, GetListingTypes, , false"})
    void configuredTable(String consumer, String contract, ActorType actor, boolean allowed) {
        assertThat(CONFIGURED.allows(id(consumer), contract(contract), actor)).isEqualTo(allowed);
        assertThat(CONFIGURED.allowsUnidentified()).isFalse();
    }

    @Test
    void everyProblemIsReportedWithItsLineNumber() {
        assertThatThrownBy(() -> AuthorisationTableParser.parse("bad.txt", """
                # comment
                SE-A ; GetListing
                SE-B ; GetListings ; CITIZEN
                SE-C ; GetListing ; CITIZEN, ROBOT
                SE-D ; GetListing, CreateListing ; -
                SE-E ; UpdateListing ; REGION
                SE E ; * ; *
                SE-F* ; GetListing ; CITIZEN,
                SE-G ; * ; *
                """))
                .isInstanceOfSatisfying(AuthorisationTableException.class, e -> assertThat(e.problems()).containsExactly(
                        "line 2: expected 'consumer ; contracts ; actor types' but found 2 field(s)",
                        "line 3: unknown contract 'GetListings'; expected * or GetListingTypes,"
                                + " GetAvailableHealthcareFacilities, GetAvailableHealthcarePersonnel, GetListingCounty,"
                                + " GetListing, CreateListing, UpdateListing",
                        "line 4: unknown actor type 'ROBOT'; expected *, - or CITIZEN, GUARDIAN, REGION,"
                                + " PRIVATE_CAREGIVER, SELF_OWNED_CAREGIVER, HEALTHCARE_ADVISER",
                        "line 5: actor types '-' (no actor) but every contract named carries an actor; name the actor"
                                + " types",
                        "line 6: the contracts named carry no actor; write '-' (or '*') as actor types",
                        "line 7: consumer 'SE E' is not an HSA-id, an HSA-id prefix ending in *, * or -",
                        "line 8: empty entry in actor types 'CITIZEN,'"))
                .hasMessageStartingWith("authorisation table bad.txt: line 2:");
    }

    @Test
    void aTableWithoutRowsIsRefused() {
        assertThatThrownBy(() -> AuthorisationTableParser.parse("empty.txt", "# nothing\n\n"))
                .isInstanceOfSatisfying(AuthorisationTableException.class,
                        e -> assertThat(e.problems()).containsExactly("no rows: every call would be refused"));
    }

    @Test
    void theDefaultTableAllowsUnidentifiedCallsAndSaysSo() {
        assertThat(DEFAULT.allowsUnidentified()).isTrue();
        assertThat(DEFAULT.source()).isEqualTo("(built-in default)");
    }

    private static String id(String consumer) {
        return consumer.equals("-") ? null : consumer;
    }

    private static CarelistingContract contract(String name) {
        return Arrays.stream(CarelistingContract.values()).filter(c -> c.contractName().equals(name)).findFirst()
                .orElseThrow();
    }
}
