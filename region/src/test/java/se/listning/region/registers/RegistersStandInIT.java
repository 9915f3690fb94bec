package se.listning.region.registers;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import se.listning.domain.identity.CountyCode;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.PersonId;
import se.listning.region.config.RegionProperties;
import se.listning.region.demodata.TestDataCatalogue;
import se.listning.region.demodata.TestDataCatalogue.Role;
import se.listning.region.testing.Fixtures;
import se.listning.region.testing.RegionIT;

/** The registers stand-in switched on: population register and unit directory answers over real HTTP. */
@TestPropertySource(properties = "listning.registers-stand-in.enabled=true")
class RegistersStandInIT extends RegionIT {

    @Autowired RegionProperties properties;

    RegistersHttp http;

    @BeforeEach
    void client() {
        http = new RegistersHttp(port);
    }

    @Test
    void aResidentGuardianIsAnsweredWithTheChildrenUnder18InTheirCustody() throws Exception {
        PersonId guardian = fixtures.resident().create();
        PersonId other = fixtures.resident().create();
        named(guardian, "Vera", "Vårdnadsson", "0180");
        PersonId child = fixtures.resident().born(LocalDate.now().minusYears(8)).guardians(guardian, other).create();
        named(child, "Ella", "Vårdnadsson", "0180");
        fixtures.resident().born(LocalDate.now().minusYears(18).minusDays(1)).guardians(guardian).create();
        fixtures.resident().born(LocalDate.now().minusYears(5)).guardians(guardian).deceased().create();

        Map<String, Object> person = http.object("/registers/population/persons/" + guardian.value());

        assertThat(person.keySet()).containsExactly("personId", "givenName", "familyName", "homeCounty",
                "municipalityCode", "protectedIdentity", "deceased", "birthDate", "guardians", "children");
        assertThat(person.get("personId")).isEqualTo(guardian.value());
        assertThat(person.get("givenName")).isEqualTo("Vera");
        assertThat(person.get("familyName")).isEqualTo("Vårdnadsson");
        assertThat(person.get("homeCounty")).isEqualTo(properties.county());
        assertThat(person.get("municipalityCode")).isEqualTo("0180");
        assertThat(person.get("protectedIdentity")).isEqualTo(false);
        assertThat(person.get("deceased")).isEqualTo(false);
        assertThat(person.get("birthDate")).isEqualTo(guardian.birthDate().toString());
        assertThat(list(person.get("guardians"))).isEmpty();
        assertThat(list(person.get("children"))).containsExactly(Map.of("personId", child.value(),
                "givenName", "Ella", "familyName", "Vårdnadsson", "birthDate", child.birthDate().toString()));

        Map<String, Object> asChild = http.object("/registers/population/persons/" + child.value());
        assertThat(list(asChild.get("guardians")))
                .containsExactlyInAnyOrder(guardian.value(), other.value());
        assertThat(list(asChild.get("children"))).isEmpty();
    }

    @Test
    void aProtectedIdentityGetsTheNamesButNoAddress() throws Exception {
        PersonId person = fixtures.resident().protectedIdentity().create();
        named(person, "Sigrid", "Skyddad", "0180");

        Map<String, Object> answer = http.object("/registers/population/persons/" + person.value());

        assertThat(answer.get("protectedIdentity")).isEqualTo(true);
        assertThat(answer.get("givenName")).isEqualTo("Sigrid");
        assertThat(answer.get("familyName")).isEqualTo("Skyddad");
        assertThat(answer.containsKey("municipalityCode")).isTrue();
        assertThat(answer.get("municipalityCode")).isNull();
    }

    @Test
    void visitorsDeceasedAndUnknownPersonsAreNotFoundAndMalformedIdsAreRefused() throws Exception {
        PersonId visitor = fixtures.resident().county("20").visitor().create();
        PersonId deceased = fixtures.resident().deceased().create();
        PersonId unknown = Fixtures.newPersonId();

        for (PersonId id : List.of(visitor, deceased, unknown)) {
            assertThat(http.get("/registers/population/persons/" + id.value()).statusCode()).isEqualTo(404);
        }
        HttpResponse<String> tooShort = http.get("/registers/population/persons/19570926903");
        assertThat(tooShort.statusCode()).isEqualTo(400);
        assertThat(tooShort.body()).contains("12 siffror");
        String wrongCheckDigit = unknown.value().substring(0, 11) + (char) ('0' + (unknown.value().charAt(11) - '0' + 1) % 10);
        assertThat(http.get("/registers/population/persons/" + wrongCheckDigit).statusCode()).isEqualTo(400);
    }

    @Test
    void thePersonasLivingHereAreOfferedInTheSignInOrderWithSwedishDescriptions() throws Exception {
        CountyCode county = CountyCode.of(properties.county());
        for (Role role : List.of(Role.CREATE, Role.STANDARD, Role.GUARDIAN)) {
            fixtures.resident(TestDataCatalogue.personId(role, county)).create();
        }
        named(PersonId.parse(TestDataCatalogue.personId(Role.STANDARD, county)), "Tolvan", "Tolvansson", "0180");
        fixtures.resident(TestDataCatalogue.personId(Role.UNLISTED, county)).county("20").visitor().create();

        List<Map<String, Object>> personas = http.array("/registers/population/personas");

        assertThat(personas).extracting(p -> p.get("role"))
                .containsSubsequence("STANDARD", "GUARDIAN", "CREATE")
                .doesNotContain("UNLISTED", "CHILD_ONE_GUARDIAN");
        Map<String, Object> standard = personas.get(0);
        assertThat(standard.keySet()).containsExactly("role", "personId", "name", "description");
        assertThat(standard).isEqualTo(Map.of(
                "role", "STANDARD",
                "personId", TestDataCatalogue.personId(Role.STANDARD, county),
                "name", "Tolvan Tolvansson",
                "description", SignInPersonas.descriptions().get(Role.STANDARD)));
        assertThat(standard.get("description").toString()).contains("fast läkarkontakt");
    }

    @Test
    void theUnitDirectoryListsEveryListableUnitWithAddressAndMunicipalityName() throws Exception {
        jdbc.sql("insert into municipality (code, county_code, name) values ('0180', '01', 'Stockholm') on conflict do nothing")
                .update();
        HsaId open = fixtures.facility().name("Vårdcentralen Åsen").create();
        jdbc.sql("""
                        update facility set municipality_code = '0180', street_address = 'Storgatan 1', postal_code = '111 22',
                               city = 'Stockholm', phone = '08-123 45 67' where hsa_id = :id""")
                .param("id", open.value()).update();
        HsaId noAddress = fixtures.facility().create();
        HsaId closed = fixtures.facility().listable(false).create();

        List<Map<String, Object>> units = http.array("/registers/units");

        assertThat(units).extracting(u -> u.get("hsaId"))
                .contains(open.value(), noAddress.value()).doesNotContain(closed.value());
        Map<String, Object> unit = units.stream().filter(u -> u.get("hsaId").equals(open.value()))
                .findFirst().orElseThrow();
        assertThat(unit.keySet()).containsExactly("hsaId", "name", "municipalityCode", "municipalityName",
                "streetAddress", "postalCode", "city", "phone");
        assertThat(unit.values()).containsExactly(open.value(), "Vårdcentralen Åsen", "0180", "Stockholm",
                "Storgatan 1", "111 22", "Stockholm", "08-123 45 67");
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object json) {
        return (List<Object>) json;
    }

    private void named(PersonId id, String given, String family, String municipality) {
        jdbc.sql("update person set given_name = :given, family_name = :family, municipality_code = :m where person_id = :id")
                .param("given", given).param("family", family).param("m", municipality).param("id", id.value())
                .update();
    }
}
