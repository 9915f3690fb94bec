package se.listning.region.soap;

import jakarta.jws.WebService;
import org.springframework.stereotype.Component;
import se.listning.contracts.getlistingcounty.GetListingCountyResponseType;
import se.listning.contracts.getlistingcounty.GetListingCountyType;
import se.listning.contracts.getlistingcounty.rivtabp21.GetListingCountyResponderInterface;
import se.listning.domain.api.Answers;
import se.listning.domain.api.CareListingService;
import se.listning.domain.identity.Actor;
import se.listning.domain.identity.InvalidIdentifierException;
import se.listning.domain.identity.PersonId;

/** GetListingCounty 2.0: the regions where the citizen holds an active listing (asked of the home region). */
@Component
@WebService(endpointInterface = "se.listning.contracts.getlistingcounty.rivtabp21.GetListingCountyResponderInterface")
public class GetListingCountyResponder implements GetListingCountyResponderInterface {

    private final CareListingService service;
    private final LogicalAddressGuard guard;
    private final ContractAudit audit;

    public GetListingCountyResponder(CareListingService service, LogicalAddressGuard guard, ContractAudit audit) {
        this.service = service;
        this.guard = guard;
        this.audit = audit;
    }

    @Override
    public GetListingCountyResponseType getListingCounty(String logicalAddress, GetListingCountyType request) {
        guard.check(logicalAddress);
        GetListingCountyResponseType response = new GetListingCountyResponseType();
        ResultWriter result = new ResultWriter(response::setResultCode, response::setResultText);
        try {
            Actor actor = ContractMapping.actor(request.getActor());
            PersonId person = ContractMapping.personId(request.getPersonId(), "personId");
            Answers.ListingCounties answer = audit.read(CarelistingContract.GET_LISTING_COUNTY, actor, person,
                    () -> service.listingCounties(actor, person), Answers.ListingCounties::outcome);
            answer.counties().forEach(c -> response.getListingCounties().add(ContractMapping.county(c)));
            result.write(answer.outcome());
        } catch (InvalidIdentifierException e) {
            response.getListingCounties().clear();
            result.error(e.getMessage());
        }
        return response;
    }
}
