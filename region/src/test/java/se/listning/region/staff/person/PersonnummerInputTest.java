package se.listning.region.staff.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.listning.domain.identity.PersonId;

class PersonnummerInputTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    private static String parsed(String typed) {
        return PersonnummerInput.parse(typed, TODAY).map(PersonId::value).orElse(null);
    }

    @Test
    void acceptsTwelveOrTenDigitsWithOrWithoutDash() {
        assertThat(parsed("19121212-1212")).isEqualTo("191212121212");
        assertThat(parsed("191212121212")).isEqualTo("191212121212");
        assertThat(parsed(" 19121212 - 1212 ")).isEqualTo("191212121212");
        assertThat(parsed("121212-1212")).isEqualTo("201212121212");
        assertThat(parsed("1212121212")).isEqualTo("201212121212");
    }

    @Test
    void aPlusMeansAHundredYearsOrMoreAndAFutureBirthDateMeansTheCenturyBefore() {
        assertThat(parsed("121212+1212")).isEqualTo("191212121212");
        assertThat(parsed("301212-1210")).isEqualTo("193012121210");
    }

    @Test
    void refusesWrongLengthsLettersBadDatesAndBadCheckDigits() {
        assertThat(parsed("12345")).isNull();
        assertThat(parsed("19121212-121X")).isNull();
        assertThat(parsed("19121312-1212")).isNull();
        assertThat(parsed("19121212-1213")).isNull();
        assertThat(parsed(null)).isNull();
    }
}
