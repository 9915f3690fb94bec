package se.listning.region.registers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.listning.domain.identity.PersonId;
import se.listning.region.testing.RegionIT;

/** Without listning.registers-stand-in.enabled (the default) none of the stand-in's endpoints exist. */
class RegistersStandInAbsentIT extends RegionIT {

    @Test
    void theEndpointsAreNotFoundWhenTheStandInIsOff() throws Exception {
        RegistersHttp http = new RegistersHttp(port);
        PersonId resident = fixtures.resident().create();
        fixtures.facility().create();

        for (String path : new String[] {"/registers/population/persons/" + resident.value(),
                "/registers/population/personas", "/registers/units"}) {
            assertThat(http.get(path).statusCode()).as(path).isEqualTo(404);
        }
    }
}
