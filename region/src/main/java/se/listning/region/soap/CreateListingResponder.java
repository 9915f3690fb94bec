package se.listning.region.soap;

import jakarta.jws.WebService;
import org.springframework.stereotype.Component;
import se.listning.contracts.createlisting.CreateListingResponseType;
import se.listning.contracts.createlisting.CreateListingType;
import se.listning.contracts.createlisting.rivtabp21.CreateListingResponderInterface;
import se.listning.domain.api.CareListingService;
import se.listning.domain.api.CreateListingCommand;
import se.listning.domain.api.Outcome;
import se.listning.domain.identity.CountyCode;
import se.listning.domain.identity.InvalidIdentifierException;

/**
 * CreateListing 2.0: list, relist, change doctor, join or leave a queue. All rules live in the domain. Audited
 * inside the listing's transaction ({@link ContractAudit}).
 */
@Component
@WebService(endpointInterface = "se.listning.contracts.createlisting.rivtabp21.CreateListingResponderInterface")
public class CreateListingResponder implements CreateListingResponderInterface {

    private final CareListingService service;
    private final LogicalAddressGuard guard;

    public CreateListingResponder(CareListingService service, LogicalAddressGuard guard) {
        this.service = service;
        this.guard = guard;
    }

    @Override
    public CreateListingResponseType createListing(String logicalAddress, CreateListingType request) {
        CountyCode addressed = guard.check(logicalAddress);
        CreateListingResponseType response = new CreateListingResponseType();
        ResultWriter result = new ResultWriter(response::setResultCode, response::setResultText);
        CreateListingCommand command;
        try {
            command = new CreateListingCommand(
                    ContractMapping.actor(request.getActor()),
                    ContractMapping.personId(request.getPersonId(), "personId"),
                    ContractMapping.hsaId(request.getHealthcareFacilityHSAId(), "healthcareFacilityHSAId"),
                    ContractMapping.listingType(request.getListingType(), "listingType"),
                    ContractMapping.optionalHsaId(request.getHealthcarePersonnel()),
                    Boolean.TRUE.equals(request.isAddToQueue()),
                    ContractMapping.optionalCounty(request.getHomeCounty(), "homeCounty"),
                    ContractMapping.optionalCounty(request.getNewListingCounty(), "newListingCounty"),
                    addressed);
        } catch (InvalidIdentifierException e) {
            result.error(e.getMessage());
            return response;
        }
        Outcome outcome = service.createListing(command);
        result.write(outcome);
        return response;
    }
}
