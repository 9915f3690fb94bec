package se.listning.region.soap;

import jakarta.jws.WebService;
import org.springframework.stereotype.Component;
import se.listning.contracts.getavailablehealthcarepersonnel.GetAvailableHealthcarePersonnelResponseType;
import se.listning.contracts.getavailablehealthcarepersonnel.GetAvailableHealthcarePersonnelType;
import se.listning.contracts.getavailablehealthcarepersonnel.rivtabp21.GetAvailableHealthcarePersonnelResponderInterface;
import se.listning.domain.api.Answers;
import se.listning.domain.api.CareListingService;
import se.listning.domain.identity.InvalidIdentifierException;
import se.listning.domain.identity.PersonId;

/** GetAvailableHealthcarePersonnel 2.0: doctors a citizen may choose at one facility. */
@Component
@WebService(endpointInterface = "se.listning.contracts.getavailablehealthcarepersonnel.rivtabp21."
        + "GetAvailableHealthcarePersonnelResponderInterface")
public class GetAvailableHealthcarePersonnelResponder implements GetAvailableHealthcarePersonnelResponderInterface {

    private final CareListingService service;
    private final LogicalAddressGuard guard;
    private final ContractAudit audit;

    public GetAvailableHealthcarePersonnelResponder(CareListingService service, LogicalAddressGuard guard,
            ContractAudit audit) {
        this.service = service;
        this.guard = guard;
        this.audit = audit;
    }

    @Override
    public GetAvailableHealthcarePersonnelResponseType getAvailableHealthcarePersonnel(
            String logicalAddress, GetAvailableHealthcarePersonnelType request) {
        guard.check(logicalAddress);
        GetAvailableHealthcarePersonnelResponseType response = new GetAvailableHealthcarePersonnelResponseType();
        ResultWriter result = new ResultWriter(response::setResultCode, response::setResultText);
        try {
            PersonId person = ContractMapping.personId(request.getPersonId(), "personId");
            var facility = ContractMapping.hsaId(request.getHealthcareFacilityHSAId(), "healthcareFacilityHSAId");
            var types = ContractMapping.listingTypes(request.getListingTypes(), "listingTypes");
            Answers.Personnel answer = audit.read(CarelistingContract.GET_AVAILABLE_HEALTHCARE_PERSONNEL, null, person,
                    () -> service.availablePersonnel(person, facility, types), Answers.Personnel::outcome);
            answer.personnel().forEach(p -> response.getHealthcarePersonnel().add(ContractMapping.personnel(p)));
            result.write(answer.outcome());
        } catch (InvalidIdentifierException e) {
            response.getHealthcarePersonnel().clear();
            result.error(e.getMessage());
        }
        return response;
    }
}
