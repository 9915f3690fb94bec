package se.listning.region.audit;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;
import se.listning.domain.api.Outcome;
import se.listning.domain.identity.CountyCode;
import se.listning.domain.identity.ListingTypeCode;
import se.listning.domain.identity.PersonId;
import se.listning.domain.port.OtherRegions;
import se.listning.region.crosscounty.PlatformOtherRegions;

/**
 * The outgoing calls that send a person's id to another region, audited: UpdateListing notices (outbox,
 * {@link SystemActor#CROSS_COUNTY}), GetListingCounty questions (the synchronisation job,
 * {@link SystemActor#SYNCHRONISATION}) and GetListing questions before a notice replaces a record
 * ({@link SystemActor#CROSS_COUNTY}, the stale-notice check). A call that got no answer is audited as {@value #NO_ANSWER}: the
 * request may have reached the other region. Never inside a transaction (the port's rule), so each row
 * commits on its own.
 */
@Primary
@Component
public class AuditedOtherRegions implements OtherRegions {

    static final String NO_ANSWER = "NO_ANSWER";

    private final PlatformOtherRegions platform;
    private final AuditLog log;

    public AuditedOtherRegions(PlatformOtherRegions platform, AuditLog log) {
        this.platform = platform;
        this.log = log;
    }

    @Override
    public Outcome updateListing(CountyCode receiver, PersonId person, CountyCode newListingCounty,
                                 CountyCode homeCounty, Optional<ListingTypeCode> listingType) {
        String detail = "receiver=" + receiver.code() + " newListingCounty=" + newListingCounty.code()
                + " homeCounty=" + homeCounty.code() + listingType.map(t -> " type=" + t.code()).orElse("");
        String outcome = NO_ANSWER;
        try {
            Outcome answer = platform.updateListing(receiver, person, newListingCounty, homeCounty, listingType);
            outcome = answer.code().name();
            return answer;
        } finally {
            log.write(AuditRow.system(SystemActor.CROSS_COUNTY, "SEND_UPDATE_LISTING", person, null, outcome, detail));
        }
    }

    @Override
    public List<CountyCode> listingCounties(CountyCode homeCounty, PersonId person) {
        String outcome = NO_ANSWER;
        try {
            List<CountyCode> counties = platform.listingCounties(homeCounty, person);
            outcome = "OK counties=" + counties.stream().map(CountyCode::code).collect(Collectors.joining(","));
            return counties;
        } finally {
            log.write(AuditRow.system(SystemActor.SYNCHRONISATION, "ASK_LISTING_COUNTY", person, null, outcome,
                    "receiver=" + homeCounty.code()));
        }
    }

    @Override
    public boolean isListedIn(CountyCode county, PersonId person, ListingTypeCode type) {
        String outcome = NO_ANSWER;
        try {
            boolean listed = platform.isListedIn(county, person, type);
            outcome = "OK listed=" + listed;
            return listed;
        } finally {
            log.write(AuditRow.system(SystemActor.CROSS_COUNTY, "ASK_LISTING", person, null, outcome,
                    "receiver=" + county.code() + " type=" + type.code()));
        }
    }
}
