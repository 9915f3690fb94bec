package se.listning.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The federation tests read answers with these helpers: they must find what is there and only that. */
class SoapAnswerTest {

    @Test
    void listedAtReadsActiveListingsButNotQueuePlaces() {
        String xml = """
                <ns2:GetListingResponse xmlns="urn:riv:supportprocess:logistics:carelisting:2" xmlns:ns2="r">
                <ns2:listings><validFromDate>2026-01-01T00:00:00</validFromDate><listingType><code>PV</code></listingType>
                <healthcareFacility><id>SE2321000016-TK01</id><name>A</name><hasQueue>false</hasQueue></healthcareFacility>
                <isInQueue>false</isInQueue></ns2:listings>
                <ns2:listings><listingType><code>PV</code></listingType>
                <healthcareFacility><id>SE2321000016-TK03</id><name>B</name><hasQueue>true</hasQueue></healthcareFacility>
                <isInQueue>true</isInQueue></ns2:listings>
                <ns2:resultCode>OK</ns2:resultCode></ns2:GetListingResponse>""";

        Soap.Answer answer = new Soap.Answer(200, xml);

        assertThat(answer.listedAt()).containsExactly("SE2321000016-TK01");
        assertThat(answer.resultCode()).isEqualTo("OK");
    }

    @Test
    void countiesReadsEveryListingCounty() {
        String xml = """
                <ns2:GetListingCountyResponse xmlns="urn:riv:supportprocess:logistics:carelisting:2" xmlns:ns2="r">
                <ns2:listingCounties><root>1.2.752.129.2.2.1.18</root><extension>03</extension></ns2:listingCounties>
                <ns2:listingCounties><root>1.2.752.129.2.2.1.18</root><extension>01</extension></ns2:listingCounties>
                <ns2:resultCode>OK</ns2:resultCode></ns2:GetListingCountyResponse>""";

        assertThat(new Soap.Answer(200, xml).counties()).containsExactly("03", "01");
    }

    @Test
    void unitIdsFollowTheDemoDataPattern() {
        assertThat(TestPopulation.unit("01", 1)).isEqualTo("SE2321000016-TK01");
        assertThat(TestPopulation.personnummer(java.time.LocalDate.of(1957, 9, 26), 903)).isEqualTo("195709269038");
    }
}
