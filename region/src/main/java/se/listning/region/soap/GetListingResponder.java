package se.listning.region.soap;

import jakarta.jws.WebService;
import org.springframework.stereotype.Component;
import se.listning.contracts.getlisting.GetListingResponseType;
import se.listning.contracts.getlisting.GetListingType;
import se.listning.contracts.getlisting.rivtabp21.GetListingResponderInterface;
import se.listning.domain.api.Answers;
import se.listning.domain.api.CareListingService;
import se.listning.domain.identity.Actor;
import se.listning.domain.identity.InvalidIdentifierException;
import se.listning.domain.identity.PersonId;

/**
 * GetListing 2.1: the citizen's listings and queue places here. GetListingResponseType is closed (no
 * wildcard), so nothing but listings, resultCode and resultText is ever written.
 */
@Component
@WebService(endpointInterface = "se.listning.contracts.getlisting.rivtabp21.GetListingResponderInterface")
public class GetListingResponder implements GetListingResponderInterface {

    private final CareListingService service;
    private final LogicalAddressGuard guard;
    private final ContractAudit audit;

    public GetListingResponder(CareListingService service, LogicalAddressGuard guard, ContractAudit audit) {
        this.service = service;
        this.guard = guard;
        this.audit = audit;
    }

    @Override
    public GetListingResponseType getListing(String logicalAddress, GetListingType request) {
        guard.check(logicalAddress);
        GetListingResponseType response = new GetListingResponseType();
        ResultWriter result = new ResultWriter(response::setResultCode, response::setResultText);
        try {
            Actor actor = ContractMapping.actor(request.getActor());
            PersonId person = ContractMapping.personId(request.getPersonId(), "personId");
            Answers.Listings answer = audit.read(CarelistingContract.GET_LISTING, actor, person,
                    () -> service.listings(actor, person), Answers.Listings::outcome);
            answer.listings().forEach(l -> response.getListings().add(ContractMapping.listing(l)));
            result.write(answer.outcome());
        } catch (InvalidIdentifierException e) {
            response.getListings().clear();
            result.error(e.getMessage());
        }
        return response;
    }
}
