package se.listning.region.soap;

import jakarta.jws.WebService;
import java.util.Optional;
import org.springframework.stereotype.Component;
import se.listning.contracts.getlistingtypes.GetListingTypesResponseType;
import se.listning.contracts.getlistingtypes.GetListingTypesType;
import se.listning.contracts.getlistingtypes.rivtabp21.GetListingTypesResponderInterface;
import se.listning.domain.api.Answers;
import se.listning.domain.api.CareListingService;
import se.listning.domain.identity.CountyCode;
import se.listning.domain.identity.InvalidIdentifierException;
import se.listning.domain.identity.PersonId;

/** GetListingTypes 2.0: all types of the region, or those valid for one citizen. */
@Component
@WebService(endpointInterface = "se.listning.contracts.getlistingtypes.rivtabp21.GetListingTypesResponderInterface")
public class GetListingTypesResponder implements GetListingTypesResponderInterface {

    private final CareListingService service;
    private final LogicalAddressGuard guard;
    private final ContractAudit audit;

    public GetListingTypesResponder(CareListingService service, LogicalAddressGuard guard, ContractAudit audit) {
        this.service = service;
        this.guard = guard;
        this.audit = audit;
    }

    @Override
    public GetListingTypesResponseType getListingTypes(String logicalAddress, GetListingTypesType request) {
        guard.check(logicalAddress);
        GetListingTypesResponseType response = new GetListingTypesResponseType();
        ResultWriter result = new ResultWriter(response::setResultCode, response::setResultText);
        try {
            Optional<PersonId> person = ContractMapping.optionalPersonId(request.getPersonId(), "personId");
            Optional<CountyCode> homeCounty = ContractMapping.optionalCounty(request.getHomeCountyCode(), "homeCountyCode");
            if (homeCounty.isPresent() && person.isEmpty()) {
                result.error("homeCountyCode får bara skickas tillsammans med personId.");
                return response;
            }
            Answers.ListingTypes answer = person.isEmpty() ? service.listingTypes(person, homeCounty)
                    : audit.read(CarelistingContract.GET_LISTING_TYPES, null, person.get(),
                            () -> service.listingTypes(person, homeCounty), Answers.ListingTypes::outcome);
            answer.types().forEach(t -> response.getListingTypes().add(ContractMapping.listingType(t)));
            result.write(answer.outcome());
        } catch (InvalidIdentifierException e) {
            response.getListingTypes().clear();
            result.error(e.getMessage());
        }
        return response;
    }
}
