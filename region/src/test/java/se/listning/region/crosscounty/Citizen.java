package se.listning.region.crosscounty;

import org.apache.cxf.jaxws.JaxWsProxyFactoryBean;
import se.listning.contracts.carelisting.v2.ActorType;
import se.listning.contracts.carelisting.v2.ActorTypeEnum;
import se.listning.contracts.carelisting.v2.CVType;
import se.listning.contracts.carelisting.v2.IIType;
import se.listning.contracts.createlisting.CreateListingResponseType;
import se.listning.contracts.createlisting.CreateListingType;
import se.listning.contracts.createlisting.rivtabp21.CreateListingResponderInterface;
import se.listning.contracts.getlisting.GetListingResponseType;
import se.listning.contracts.getlisting.GetListingType;
import se.listning.contracts.getlisting.rivtabp21.GetListingResponderInterface;
import se.listning.domain.identity.CountyCode;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.ListingTypeCode;
import se.listning.domain.identity.PersonId;
import se.listning.region.soap.CarelistingContract;

/** The e-service's calls a citizen makes, as real SOAP over HTTP with typed CXF clients. */
final class Citizen {

    private Citizen() {
    }

    static CreateListingResponseType createListing(RegionNode region, PersonId person, HsaId facility,
                                                   String homeCounty) {
        CreateListingType request = new CreateListingType();
        request.setActor(actor(person));
        request.setPersonId(ii(person.root(), person.value()));
        request.setHealthcareFacilityHSAId(facility.value());
        CVType pv = new CVType();
        pv.setCode(ListingTypeCode.PV.code());
        pv.setCodeSystem(ListingTypeCode.PV.codeSystem());
        request.setListingType(pv);
        if (homeCounty != null) {
            request.setHomeCounty(ii(CountyCode.OID, homeCounty));
            request.setNewListingCounty(ii(CountyCode.OID, region.county));
        }
        return client(region, CarelistingContract.CREATE_LISTING, CreateListingResponderInterface.class)
                .createListing(region.county, request);
    }

    static GetListingResponseType getListing(RegionNode region, PersonId person) {
        GetListingType request = new GetListingType();
        request.setActor(actor(person));
        request.setPersonId(ii(person.root(), person.value()));
        return client(region, CarelistingContract.GET_LISTING, GetListingResponderInterface.class)
                .getListing(region.county, request);
    }

    private static <T> T client(RegionNode region, CarelistingContract contract, Class<T> type) {
        JaxWsProxyFactoryBean factory = new JaxWsProxyFactoryBean();
        factory.setServiceClass(type);
        factory.setAddress(region.url("/services" + contract.address()));
        return type.cast(factory.create());
    }

    private static ActorType actor(PersonId person) {
        ActorType actor = new ActorType();
        actor.setActorId(ii(person.root(), person.value()));
        actor.setActorType(ActorTypeEnum.CITIZEN);
        return actor;
    }

    private static IIType ii(String root, String extension) {
        IIType ii = new IIType();
        ii.setRoot(root);
        ii.setExtension(extension);
        return ii;
    }
}
