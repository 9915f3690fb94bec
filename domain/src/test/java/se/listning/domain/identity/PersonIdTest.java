package se.listning.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PersonIdTest {

    @Test
    void acceptsAValidPersonnummerAndKnowsTheBirthDate() {
        PersonId id = PersonId.of(PersonId.PERSONNUMMER_OID, "195709263080");
        assertThat(id.kind()).isEqualTo(PersonId.Kind.PERSONNUMMER);
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1957, 9, 26));
        assertThat(id.ageOn(LocalDate.of(2026, 9, 25))).isEqualTo(68);
        assertThat(id.ageOn(LocalDate.of(2026, 9, 26))).isEqualTo(69);
    }

    @Test
    void samordningsnummerHasSixtyAddedToTheDay() {
        PersonId id = PersonId.of(PersonId.SAMORDNINGSNUMMER_OID, "196812732391");
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1968, 12, 13));
        assertThat(PersonId.parse("196812732391").kind()).isEqualTo(PersonId.Kind.SAMORDNINGSNUMMER);
        assertThat(PersonId.parse("195709263080").kind()).isEqualTo(PersonId.Kind.PERSONNUMMER);
        assertThatThrownBy(() -> PersonId.of(PersonId.SAMORDNINGSNUMMER_OID, "195709263080"))
                .isInstanceOf(InvalidIdentifierException.class).hasMessageContaining("plus 60");
    }

    @Test
    void rejectsAWrongCheckDigit() {
        assertThatThrownBy(() -> PersonId.of(PersonId.PERSONNUMMER_OID, "195709263081"))
                .isInstanceOf(InvalidIdentifierException.class).hasMessageContaining("kontrollsiffra");
    }

    @Test
    void demandsTwelveDigitsWithoutHyphen() {
        assertThatThrownBy(() -> PersonId.of(PersonId.PERSONNUMMER_OID, "5709263080"))
                .hasMessageContaining("12 siffror");
        assertThatThrownBy(() -> PersonId.of(PersonId.PERSONNUMMER_OID, "19570926-3080"))
                .hasMessageContaining("12 siffror");
    }

    @Test
    void rejectsImpossibleDatesAndUnknownRoots() {
        assertThatThrownBy(() -> new PersonId("195702303084", PersonId.Kind.PERSONNUMMER))
                .hasMessageContaining("födelsedatum");
        assertThatThrownBy(() -> PersonId.of("1.2.3", "195709263080")).hasMessageContaining("Okänd typ");
    }

    @Test
    void checkDigitMatchesLuhnAndMaskingHidesTheLastFour() {
        assertThat(PersonId.checkDigit("570926308")).isZero();
        assertThat(PersonId.luhnValid("5709263080")).isTrue();
        PersonId id = PersonId.parse("195709263080");
        assertThat(id.masked()).isEqualTo("19570926-****");
        assertThat(id.toString()).doesNotContain("3080");
    }
}
