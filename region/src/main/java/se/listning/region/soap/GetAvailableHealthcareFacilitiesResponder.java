package se.listning.region.soap;

import jakarta.jws.WebService;
import java.util.Set;
import org.springframework.stereotype.Component;
import se.listning.contracts.getavailablehealthcarefacilities.GetAvailableHealthcareFacilitiesResponseType;
import se.listning.contracts.getavailablehealthcarefacilities.GetAvailableHealthcareFacilitiesType;
import se.listning.contracts.getavailablehealthcarefacilities.rivtabp21.GetAvailableHealthcareFacilitiesResponderInterface;
import se.listning.domain.api.Answers;
import se.listning.domain.api.CareListingService;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.InvalidIdentifierException;
import se.listning.domain.identity.ListingTypeCode;

/** GetAvailableHealthcareFacilities 2.1: listable facilities, optionally filtered. No personal data. */
@Component
@WebService(endpointInterface = "se.listning.contracts.getavailablehealthcarefacilities.rivtabp21."
        + "GetAvailableHealthcareFacilitiesResponderInterface")
public class GetAvailableHealthcareFacilitiesResponder implements GetAvailableHealthcareFacilitiesResponderInterface {

    private final CareListingService service;
    private final LogicalAddressGuard guard;

    public GetAvailableHealthcareFacilitiesResponder(CareListingService service, LogicalAddressGuard guard) {
        this.service = service;
        this.guard = guard;
    }

    @Override
    public GetAvailableHealthcareFacilitiesResponseType getAvailableHealthcareFacilities(
            String logicalAddress, GetAvailableHealthcareFacilitiesType request) {
        guard.check(logicalAddress);
        GetAvailableHealthcareFacilitiesResponseType response = new GetAvailableHealthcareFacilitiesResponseType();
        ResultWriter result = new ResultWriter(response::setResultCode, response::setResultText);
        try {
            Set<HsaId> facilities = ContractMapping.hsaIds(request.getHealthcareFacilities(), "healthcareFacilities");
            Set<ListingTypeCode> types = ContractMapping.listingTypes(request.getListingTypes(), "listingTypes");
            Answers.Facilities answer = service.availableFacilities(facilities, types);
            answer.facilities().forEach(f -> response.getHealthcareFacilities().add(ContractMapping.facility(f)));
            result.write(answer.outcome());
        } catch (InvalidIdentifierException e) {
            response.getHealthcareFacilities().clear();
            result.error(e.getMessage());
        }
        return response;
    }
}
