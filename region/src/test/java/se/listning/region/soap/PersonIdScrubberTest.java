package se.listning.region.soap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonIdScrubberTest {

    @Test
    void masksTwelveAndTenDigitIdentities_withOrWithoutHyphen() {
        assertThat(PersonIdScrubber.scrub("Key (person_id)=(195709263080) already exists"))
                .isEqualTo("Key (person_id)=(19570926-****) already exists");
        assertThat(PersonIdScrubber.scrub("'19570926-3080' is not a valid value")).isEqualTo("'19570926-****' is not a valid value");
        assertThat(PersonIdScrubber.scrub("pnr 5709263080.")).isEqualTo("pnr 570926-****.");
    }

    @Test
    void leavesOtherTextAlone() {
        assertThat(PersonIdScrubber.scrub("port 5432, county 01, incident 1a2b3c4d")).isEqualTo("port 5432, county 01, incident 1a2b3c4d");
        assertThat(PersonIdScrubber.scrub(null)).isNull();
    }
}
