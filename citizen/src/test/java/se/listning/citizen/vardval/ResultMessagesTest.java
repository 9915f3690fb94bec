package se.listning.citizen.vardval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.listning.citizen.registers.Resident;
import se.listning.citizen.vardval.ListingRequest.Intent;
import se.listning.citizen.vardval.Receipt.Kind;
import se.listning.contracts.carelisting.v2.ResultCodeEnum;
import se.listning.domain.identity.CountyCode;
import se.listning.domain.identity.PersonId;

class ResultMessagesTest {

    static final Resident ANNA = new Resident(PersonId.parse("198803039026"), "Anna", "Tvåsson", CountyCode.of("01"),
            "0180", false, LocalDate.of(1988, 3, 3), List.of());
    static final Resident OLLE = new Resident(PersonId.parse("201905059034"), "Olle", "Tvåsson", CountyCode.of("01"),
            "0180", false, LocalDate.of(2019, 5, 5), List.of());

    static ListingRequest choose(boolean queue) {
        return new ListingRequest(Intent.CHOOSE, CountyCode.of("20"), "SE2321000180-TK01", "Falu vårdcentral",
                ListingTypeKey.PV, Optional.empty(), null, queue);
    }

    @ParameterizedTest
    @EnumSource(ResultCodeEnum.class)
    void everyResultCodeHasItsOwnSwedishMessage(ResultCodeEnum code) {
        Receipt receipt = ResultMessages.receipt(code, "Regionens text", choose(false), Acting.self(ANNA), false);

        assertThat(receipt.heading()).isNotBlank();
        assertThat(receipt.message()).isNotBlank();
        assertThat(receipt.kind()).isEqualTo(switch (code) {
            case OK -> Kind.DONE;
            case INFO -> Kind.INFO;
            default -> Kind.REFUSED;
        });
        // INFO is the region's message itself; every other code keeps the region's text beside ours
        if (code == ResultCodeEnum.INFO) {
            assertThat(receipt.message()).isEqualTo("Regionens text");
        } else if (code != ResultCodeEnum.OK) {
            assertThat(receipt.regionText()).contains("Regionens text");
        }
    }

    @Test
    void theRefusalsSayWhatHappenedInPlainSwedish() {
        Acting self = Acting.self(ANNA);
        assertThat(ResultMessages.receipt(ResultCodeEnum.ERROR_MAXIMUM_ANNUAL_UPDATES_EXCEEDED, null, choose(false), self, false)
                .message()).contains("så många gånger som är tillåtet under de senaste tolv månaderna");
        assertThat(ResultMessages.receipt(ResultCodeEnum.ERROR_MAXIMUM_CITIZEN_REACHED_ON_CAREUNIT, null, choose(false), self, false)
                .message()).contains("Falu vårdcentral tar inte emot fler patienter");
        assertThat(ResultMessages.receipt(ResultCodeEnum.ERROR_AGE_LIMIT, null, choose(false), self, false)
                .heading()).isEqualTo("Valet gäller inte för din ålder");
        assertThat(ResultMessages.receipt(ResultCodeEnum.ERROR, "  ", choose(false), self, false).regionText()).isEmpty();
    }

    @Test
    void aGuardianIsToldTheOtherGuardianMustMakeTheSameChoice() {
        Receipt receipt = ResultMessages.receipt(ResultCodeEnum.ERROR_GUARDIAN_CONSENT_NEEDED, null, choose(false),
                new Acting(ANNA, OLLE), false);

        assertThat(receipt.heading()).isEqualTo("Båda vårdnadshavarna behöver godkänna");
        assertThat(receipt.message()).contains("Olle").contains("Den andra vårdnadshavaren behöver logga in");
        assertThat(receipt.forChild()).isTrue();
        assertThat(receipt.personName()).isEqualTo("Olle Tvåsson");
    }

    @Test
    void anOkIsToldAsListedQueuedDoctorChangedOrQueueLeft() {
        Acting self = Acting.self(ANNA);
        assertThat(ResultMessages.receipt(ResultCodeEnum.OK, null, choose(false), self, false).heading())
                .isEqualTo("Ditt vårdval har ändrats");
        Receipt queued = ResultMessages.receipt(ResultCodeEnum.OK, null, choose(true), self, true);
        assertThat(queued.kind()).isEqualTo(Kind.QUEUED);
        assertThat(queued.message()).contains("står nu i kö till Falu vårdcentral");
        ListingRequest doctor = new ListingRequest(Intent.CHANGE_DOCTOR, CountyCode.of("01"), "X-1", "Kösjön",
                ListingTypeKey.PV, Optional.of("X-L1"), "Eva Holm", false);
        assertThat(ResultMessages.receipt(ResultCodeEnum.OK, null, doctor, self, false).message()).contains("Eva Holm");
        ListingRequest leave = new ListingRequest(Intent.LEAVE_QUEUE, CountyCode.of("01"), "X-1", "Kösjön",
                ListingTypeKey.PV, Optional.empty(), null, false);
        assertThat(ResultMessages.receipt(ResultCodeEnum.OK, null, leave, self, false).heading()).isEqualTo("Du har lämnat kön");
    }

    @Test
    void anUnreachableRegionIsATechnicalErrorAndATimeoutIsUncertain() {
        Receipt down = ResultMessages.unavailable(choose(false), Acting.self(ANNA), false);
        assertThat(down.kind()).isEqualTo(Kind.FAILED);
        assertThat(down.message()).contains("Region Dalarna").contains("Ingenting har ändrats");
        Receipt timeout = ResultMessages.unavailable(choose(false), Acting.self(ANNA), true);
        assertThat(timeout.kind()).isEqualTo(Kind.UNCERTAIN);
        assertThat(timeout.message()).contains("oklart");
    }
}
