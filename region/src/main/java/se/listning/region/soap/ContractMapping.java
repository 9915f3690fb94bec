package se.listning.region.soap;

import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeConstants;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;
import se.listning.contracts.carelisting.v2.ActorType;
import se.listning.contracts.carelisting.v2.CVType;
import se.listning.contracts.carelisting.v2.HealthcareFacilityType;
import se.listning.contracts.carelisting.v2.HealthcarePersonnelType;
import se.listning.contracts.carelisting.v2.IIType;
import se.listning.contracts.carelisting.v2.ListingHealthcareFacilityType;
import se.listning.contracts.carelisting.v2.ResultCodeEnum;
import se.listning.domain.api.FacilityView;
import se.listning.domain.api.ListingTypeView;
import se.listning.domain.api.ListingView;
import se.listning.domain.api.PersonnelView;
import se.listning.domain.api.ResultCode;
import se.listning.domain.identity.Actor;
import se.listning.domain.identity.CountyCode;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.InvalidIdentifierException;
import se.listning.domain.identity.ListingTypeCode;
import se.listning.domain.identity.PersonId;

/**
 * Contract types to domain types and back, shared by the seven responders. Parsing failures throw
 * {@link InvalidIdentifierException} with a Swedish text that the responder returns as resultCode ERROR
 * (TKB: rule-breaking requests are logical errors, not faults). Elements the schema makes optional but
 * the TKB requires (every identifier's extension, for example) are checked here too.
 */
final class ContractMapping {

    private static final DatatypeFactory DATATYPES;

    static {
        try {
            DATATYPES = DatatypeFactory.newInstance();
        } catch (DatatypeConfigurationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private ContractMapping() {
    }

    // ---- requests -> domain

    static PersonId personId(IIType id, String element) {
        if (id == null) {
            throw new InvalidIdentifierException("Elementet " + element + " saknas.");
        }
        return PersonId.of(id.getRoot(), id.getExtension());
    }

    static Optional<PersonId> optionalPersonId(IIType id, String element) {
        return id == null ? Optional.empty() : Optional.of(personId(id, element));
    }

    static CountyCode county(IIType id, String element) {
        if (id == null) {
            throw new InvalidIdentifierException("Elementet " + element + " saknas.");
        }
        try {
            return CountyCode.of(id.getRoot(), id.getExtension());
        } catch (InvalidIdentifierException e) {
            throw new InvalidIdentifierException(element + ": " + e.getMessage());
        }
    }

    static Optional<CountyCode> optionalCounty(IIType id, String element) {
        return id == null ? Optional.empty() : Optional.of(county(id, element));
    }

    static Actor actor(ActorType actor) {
        if (actor == null || actor.getActorType() == null) {
            throw new InvalidIdentifierException("Elementet actor (med actorType) saknas.");
        }
        if (actor.getActorId() == null) {
            throw new InvalidIdentifierException("Elementet actor/actorId saknas.");
        }
        se.listning.domain.identity.ActorType type =
                se.listning.domain.identity.ActorType.valueOf(actor.getActorType().name());
        return Actor.of(type, actor.getActorId().getRoot(), actor.getActorId().getExtension());
    }

    static HsaId hsaId(String value, String element) {
        if (value == null || value.isBlank()) {
            throw new InvalidIdentifierException("Elementet " + element + " (HSA-id) saknas.");
        }
        return HsaId.of(value);
    }

    static Optional<HsaId> optionalHsaId(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(HsaId.of(value));
    }

    static ListingTypeCode listingType(CVType type, String element) {
        if (type == null) {
            throw new InvalidIdentifierException("Elementet " + element + " saknas.");
        }
        if (type.getCode() == null || type.getCodeSystem() == null) {
            throw new InvalidIdentifierException(element + " måste ha både code och codeSystem.");
        }
        return new ListingTypeCode(type.getCode(), type.getCodeSystem());
    }

    static Set<ListingTypeCode> listingTypes(List<CVType> types, String element) {
        Set<ListingTypeCode> codes = new LinkedHashSet<>();
        for (CVType type : types) {
            codes.add(listingType(type, element));
        }
        return codes;
    }

    static Set<HsaId> hsaIds(List<String> values, String element) {
        Set<HsaId> ids = new LinkedHashSet<>();
        for (String value : values) {
            ids.add(hsaId(value, element));
        }
        return ids;
    }

    // ---- domain -> responses

    static ResultCodeEnum resultCode(ResultCode code) {
        return ResultCodeEnum.valueOf(code.name());
    }

    static IIType county(CountyCode county) {
        IIType id = new IIType();
        id.setRoot(CountyCode.OID);
        id.setExtension(county.code());
        return id;
    }

    /** A listing type; displayName is always sent (TKB 1..1), PV with its national name. */
    static CVType listingType(ListingTypeView view) {
        CVType type = new CVType();
        type.setCode(view.code().code());
        type.setCodeSystem(view.code().codeSystem());
        String displayName = view.displayName();
        if (ListingTypeCode.PV.equals(view.code())) {
            displayName = ListingTypeCode.PV_DISPLAY_NAME;
        }
        type.setDisplayName(displayName == null || displayName.isBlank() ? view.code().code() : displayName);
        return type;
    }

    /** HealthcareFacilityType 2.1: both booleans always; queue figures only when the domain gives them. */
    static HealthcareFacilityType facility(FacilityView view) {
        HealthcareFacilityType facility = new HealthcareFacilityType();
        facility.setId(view.id().value());
        facility.setName(view.name());
        facility.setHasQueue(view.hasQueue());
        if (view.supportedListingTypes() != null) {
            view.supportedListingTypes().forEach(t -> facility.getSupportedListingTypes().add(listingType(t)));
        }
        facility.setSupportsHealthcarePersonnel(view.supportsHealthcarePersonnel());
        facility.setQueueLength(view.queueLength());
        facility.setEstimatedWaitInQueue(view.estimatedWaitDays());
        return facility;
    }

    static HealthcarePersonnelType personnel(PersonnelView view) {
        HealthcarePersonnelType personnel = new HealthcarePersonnelType();
        personnel.setId(view.id().value());
        personnel.setName(view.name());
        if (view.title() != null && !view.title().isBlank()) {
            personnel.setTitle(view.title());
        }
        return personnel;
    }

    static ListingHealthcareFacilityType listing(ListingView view) {
        ListingHealthcareFacilityType listing = new ListingHealthcareFacilityType();
        listing.setValidFromDate(dateTime(view.validFrom()));
        listing.setValidToDate(dateTime(view.validTo()));
        listing.setListingType(listingType(view.listingType()));
        listing.setHealthcareFacility(facility(view.facility()));
        if (view.doctor() != null) {
            listing.setHealthcarePersonnel(personnel(view.doctor()));
        }
        listing.setIsInQueue(view.inQueue());
        listing.setQueuePosition(view.queuePosition());
        listing.setEstimatedWaitInQueue(view.estimatedWaitDays());
        listing.setRemainingChanges(view.remainingChanges());
        return listing;
    }

    /** xs:dateTime as Swedish local time: whole seconds, no offset (TKB 5.1.4). */
    static XMLGregorianCalendar dateTime(LocalDateTime time) {
        if (time == null) {
            return null;
        }
        return DATATYPES.newXMLGregorianCalendar(time.getYear(), time.getMonthValue(), time.getDayOfMonth(),
                time.getHour(), time.getMinute(), time.getSecond(),
                DatatypeConstants.FIELD_UNDEFINED, DatatypeConstants.FIELD_UNDEFINED);
    }
}
