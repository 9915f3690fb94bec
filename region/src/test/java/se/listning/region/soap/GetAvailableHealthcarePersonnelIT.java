package se.listning.region.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static se.listning.region.soap.CarelistingContract.GET_AVAILABLE_HEALTHCARE_PERSONNEL;
import static se.listning.region.soap.Requests.cv;
import static se.listning.region.soap.Requests.element;
import static se.listning.region.soap.Requests.person;
import static se.listning.region.soap.Requests.pv;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GetAvailableHealthcarePersonnel 2.0 over SOAP: the national suite's cases (spec 8.5). */
class GetAvailableHealthcarePersonnelIT extends SoapIntegrationTest {

    private static final String NAMES = "//gahp:healthcarePersonnel/core:name";

    private String unit;
    private String doctor;

    @BeforeEach
    void facilityWithDoctors() {
        unit = data.facility("Vårdcentral Läkarval", null, false, true);
        data.supports(unit, "PV", Requests.NATIONAL);
        data.supports(unit, TestData.REGIONAL_CODE, TestData.REGIONAL_SYSTEM);
        doctor = data.doctor(unit, "Åke Örjan André Mäkitalo");
        data.doctor(unit, "Eva Ek");
    }

    private SoapResponse ask(String pnr, String filter) {
        return call(GET_AVAILABLE_HEALTHCARE_PERSONNEL, person(pnr) + element("healthcareFacilityHSAId", unit) + filter);
    }

    @Test
    void getAvailableHealthcarePersonnel_1_1_personnummer() {
        SoapResponse response = ask(data.adultResident(), "").assertResult("OK");
        assertThat(response.texts("//gahp:healthcarePersonnel/core:id")).contains(doctor).hasSize(2);
        assertThat(response.texts("//gahp:healthcarePersonnel/core:title")).contains("Specialist i allmänmedicin");
    }

    @Test
    void getAvailableHealthcarePersonnel_1_2_samordningsnummer() {
        String snr = data.person(TestData.samordningsnummer(LocalDate.of(1968, 12, 13)), "01", true);
        assertThat(ask(snr, "").assertResult("OK").count("//gahp:healthcarePersonnel")).isEqualTo(2);
    }

    @Test
    void getAvailableHealthcarePersonnel_1_3_listingTypesNational() {
        assertThat(ask(data.adultResident(), pv("listingTypes")).assertResult("OK").count("//gahp:healthcarePersonnel"))
                .isEqualTo(2);
    }

    @Test
    void getAvailableHealthcarePersonnel_2_1_listingTypesLocal() {
        assertThat(ask(data.adultResident(), cv("listingTypes", TestData.REGIONAL_CODE, TestData.REGIONAL_SYSTEM))
                .assertResult("OK").count("//gahp:healthcarePersonnel")).isEqualTo(2);
    }

    @Test
    void getAvailableHealthcarePersonnel_2_2_listingTypesMulti() {
        assertThat(ask(data.adultResident(), cv("listingTypes", TestData.REGIONAL_CODE, TestData.REGIONAL_SYSTEM)
                + pv("listingTypes")).assertResult("OK").count("//gahp:healthcarePersonnel")).isEqualTo(2);
    }

    @Test
    void getAvailableHealthcarePersonnel_4_2_swedishCharactersSurvive() {
        assertThat(ask(data.adultResident(), "").assertResult("OK").texts(NAMES)).contains("Åke Örjan André Mäkitalo");
    }

    @Test
    void unknownFacility_isError() {
        call(GET_AVAILABLE_HEALTHCARE_PERSONNEL, person(data.adultResident())
                + element("healthcareFacilityHSAId", "SE12345-NA")).assertResult("ERROR");
    }

    @Test
    void facilityWithoutDoctorChoice_isOkWithNobody() {
        SoapResponse response = call(GET_AVAILABLE_HEALTHCARE_PERSONNEL, person(data.adultResident())
                + element("healthcareFacilityHSAId", data.openFacility())).assertValidAnswer();
        assertThat(response.resultCode()).isIn("OK", "INFO");
        assertThat(response.count("//gahp:healthcarePersonnel")).isZero();
    }

    @Test
    void invalidPersonnummer_isError() {
        SoapResponse response = ask("195709263081", "").assertResult("ERROR");
        assertThat(response.count("//gahp:healthcarePersonnel")).isZero();
    }
}
