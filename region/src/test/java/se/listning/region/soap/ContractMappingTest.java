package se.listning.region.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.listning.contracts.carelisting.v2.ActorType;
import se.listning.contracts.carelisting.v2.ActorTypeEnum;
import se.listning.contracts.carelisting.v2.CVType;
import se.listning.contracts.carelisting.v2.HealthcareFacilityType;
import se.listning.contracts.carelisting.v2.IIType;
import se.listning.domain.api.FacilityView;
import se.listning.domain.api.ListingTypeView;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.InvalidIdentifierException;
import se.listning.domain.identity.ListingTypeCode;

class ContractMappingTest {

    @Test
    void dateTimeIsSwedishLocalTimeWithoutOffsetOrFraction() {
        assertThat(ContractMapping.dateTime(LocalDateTime.of(2024, 3, 1, 8, 30, 15, 123_000_000)).toXMLFormat())
                .isEqualTo("2024-03-01T08:30:15");
        assertThat(ContractMapping.dateTime(null)).isNull();
    }

    @Test
    void pvAlwaysCarriesItsNationalDisplayName() {
        CVType pv = ContractMapping.listingType(new ListingTypeView(ListingTypeCode.PV, "something else"));
        assertThat(pv.getDisplayName()).isEqualTo("Primärvårdslistning");
        assertThat(pv.getCodeSystem()).isEqualTo("1.2.752.129.5.1.27");
    }

    @Test
    void facilityWithoutQueueSendsBooleansButNoQueueFigures() {
        HealthcareFacilityType facility = ContractMapping.facility(new FacilityView(HsaId.of("SE1-A"), "Vårdcentral A",
                false, List.of(), true, null, null));
        assertThat(facility.isHasQueue()).isFalse();
        assertThat(facility.isSupportsHealthcarePersonnel()).isTrue();
        assertThat(facility.getQueueLength()).isNull();
        assertThat(facility.getEstimatedWaitInQueue()).isNull();
    }

    @Test
    void missingOrMalformedIdentifiersGiveSwedishTexts() {
        assertThatThrownBy(() -> ContractMapping.personId(null, "personId"))
                .isInstanceOf(InvalidIdentifierException.class).hasMessageContaining("personId saknas");
        IIType county = new IIType();
        county.setRoot("1.2.752.129.2.2.1.18");
        county.setExtension("02");
        assertThatThrownBy(() -> ContractMapping.county(county, "homeCounty"))
                .isInstanceOf(InvalidIdentifierException.class).hasMessageStartingWith("homeCounty: Okänd länskod");
        ActorType actor = new ActorType();
        actor.setActorType(ActorTypeEnum.REGION);
        assertThatThrownBy(() -> ContractMapping.actor(actor))
                .isInstanceOf(InvalidIdentifierException.class).hasMessageContaining("actorId");
    }
}
