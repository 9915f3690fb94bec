package se.listning.region.soap;

import jakarta.jws.WebService;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import se.listning.contracts.carelisting.v2.IIType;
import se.listning.contracts.updatelisting.UpdateListingResponseType;
import se.listning.contracts.updatelisting.UpdateListingType;
import se.listning.contracts.updatelisting.rivtabp21.UpdateListingResponderInterface;
import se.listning.domain.api.CareListingService;
import se.listning.domain.api.Outcome;
import se.listning.domain.api.UpdateListingCommand;
import se.listning.domain.identity.InvalidIdentifierException;
import se.listning.domain.identity.ListingTypeCode;

/**
 * UpdateListing 2.0, producer side. The national suite (case 3.2.2) wants a notice without the mandatory
 * homeCounty answered with resultCode ERROR and a text, not a fault. CXF still validates the request, but
 * collects the schema errors ({@link SchemaErrorsAsResult}); missing mandatory elements are named here in
 * Swedish, any other schema error is returned as the validator's report. A notice that reaches the listing service
 * is audited inside its transaction ({@link ContractAudit}).
 */
@Component
@WebService(endpointInterface = "se.listning.contracts.updatelisting.rivtabp21.UpdateListingResponderInterface")
public class UpdateListingResponder implements UpdateListingResponderInterface {

    private final CareListingService service;
    private final LogicalAddressGuard guard;

    public UpdateListingResponder(CareListingService service, LogicalAddressGuard guard) {
        this.service = service;
        this.guard = guard;
    }

    @Override
    public UpdateListingResponseType updateListing(String logicalAddress, UpdateListingType request) {
        guard.check(logicalAddress);
        UpdateListingResponseType response = new UpdateListingResponseType();
        ResultWriter result = new ResultWriter(response::setResultCode, response::setResultText);
        List<String> missing = missingElements(request);
        if (!missing.isEmpty()) {
            result.error("Valideringsfel: obligatoriska element saknas i UpdateListing: " + String.join(", ", missing)
                    + ".");
            return response;
        }
        List<String> schemaErrors = SchemaErrorsAsResult.ofCurrentRequest();
        if (!schemaErrors.isEmpty()) {
            result.error("Valideringsfel mot tjänstekontraktets schema: " + String.join(" ", schemaErrors));
            return response;
        }
        UpdateListingCommand command;
        try {
            Optional<ListingTypeCode> listingType = request.getListingType() == null
                    ? Optional.empty()
                    : Optional.of(ContractMapping.listingType(request.getListingType(), "listingType"));
            command = new UpdateListingCommand(
                    ContractMapping.personId(request.getPersonId(), "personId"),
                    ContractMapping.county(request.getNewListingCounty(), "newListingCounty"),
                    ContractMapping.county(request.getHomeCounty(), "homeCounty"),
                    listingType);
        } catch (InvalidIdentifierException e) {
            result.error("Valideringsfel: " + e.getMessage());
            return response;
        }
        Outcome outcome = service.updateListing(command);
        result.write(outcome);
        return response;
    }

    /** The schema's 1..1 elements (and the TKB's 1..1 extensions), in schema order. */
    private static List<String> missingElements(UpdateListingType request) {
        List<String> missing = new ArrayList<>();
        if (request == null) {
            missing.add("UpdateListing");
            return missing;
        }
        identifier(request.getPersonId(), "personId", missing);
        identifier(request.getNewListingCounty(), "newListingCounty", missing);
        identifier(request.getHomeCounty(), "homeCounty", missing);
        if (request.getListingType() != null) {
            if (blank(request.getListingType().getCode())) {
                missing.add("listingType/code");
            }
            if (blank(request.getListingType().getCodeSystem())) {
                missing.add("listingType/codeSystem");
            }
        }
        return missing;
    }

    private static void identifier(IIType id, String element, List<String> missing) {
        if (id == null) {
            missing.add(element);
            return;
        }
        if (blank(id.getRoot())) {
            missing.add(element + "/root");
        }
        if (blank(id.getExtension())) {
            missing.add(element + "/extension");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
