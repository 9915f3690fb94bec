package se.listning.region.soap;

import jakarta.jws.WebService;
import java.time.LocalDateTime;
import java.util.List;
import se.listning.contracts.getlisting.GetListingResponseType;
import se.listning.contracts.getlisting.GetListingType;
import se.listning.contracts.getlisting.rivtabp21.GetListingResponderInterface;
import se.listning.domain.api.FacilityView;
import se.listning.domain.api.ListingTypeView;
import se.listning.domain.api.ListingView;
import se.listning.domain.api.Outcome;
import se.listning.domain.api.PersonnelView;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.ListingTypeCode;

/**
 * Benchmark echo of GetListing (issue 6, the request-handling limit): same contract, bus and checks as
 * the real responder, but a constant one-listing answer and no database. Published only with
 * {@code listning.bench.echo=true} ({@link GetListingEchoConfig}).
 */
@WebService(endpointInterface = "se.listning.contracts.getlisting.rivtabp21.GetListingResponderInterface")
public class GetListingEchoResponder implements GetListingResponderInterface {

    private static final ListingTypeView PV = new ListingTypeView(ListingTypeCode.PV, ListingTypeCode.PV_DISPLAY_NAME);
    private static final ListingView LISTING = new ListingView(LocalDateTime.of(2024, 3, 1, 8, 30), null, PV,
            new FacilityView(HsaId.of("SE2321000016-ECHO"), "Vårdcentral Eko", false, List.of(PV), true, null, null),
            new PersonnelView(HsaId.of("SE2321000016-ECHD"), "Eko Läkare", null), false, null, null, 2);

    private final LogicalAddressGuard guard;

    public GetListingEchoResponder(LogicalAddressGuard guard) {
        this.guard = guard;
    }

    @Override
    public GetListingResponseType getListing(String logicalAddress, GetListingType request) {
        guard.check(logicalAddress);
        ContractMapping.actor(request.getActor());
        ContractMapping.personId(request.getPersonId(), "personId");
        GetListingResponseType response = new GetListingResponseType();
        response.getListings().add(ContractMapping.listing(LISTING));
        new ResultWriter(response::setResultCode, response::setResultText).write(Outcome.ok());
        return response;
    }
}
