package se.listning.region.crosscounty;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.listning.domain.api.Answers;
import se.listning.domain.api.CareListingService;
import se.listning.domain.api.CreateListingCommand;
import se.listning.domain.api.Outcome;
import se.listning.domain.api.ResultCode;
import se.listning.domain.api.UpdateListingCommand;
import se.listning.domain.identity.Actor;
import se.listning.domain.identity.CountyCode;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.ListingTypeCode;
import se.listning.domain.identity.PersonId;
import se.listning.domain.model.Facility;
import se.listning.domain.model.Person;
import se.listning.domain.port.FacilityStore;
import se.listning.domain.port.PersonStore;
import se.listning.domain.port.RegionSettings;
import se.listning.domain.rules.DisclosurePolicy;
import se.listning.domain.rules.ListingRule;
import se.listning.domain.usecase.StaleNoticeCheck;

/**
 * The contracts as consumers see them, around the transactional service:
 * <ul>
 * <li><b>CreateListing by a visitor (flow 11a when possible).</b> After the listing commits, the notice to the
 * home region is delivered at once, with the client timeouts. If the home region refuses with
 * ERROR_MAXIMUM_ANNUAL_UPDATES_EXCEEDED our listing is reverted and the caller gets that code; if it cannot be
 * reached in time the caller gets OK and the outbox keeps trying (flow 11b). See docs/adr/0002.</li>
 * <li><b>GetListing after an asynchronous refusal (flow 11b step 7).</b> For {@code listning.refusals.info-days}
 * the answer is INFO with a text saying the listing did not go through (the listings themselves are
 * unchanged: the refused one has ended).</li>
 * <li><b>UpdateListing at the home region</b> first passes {@link StaleNoticeCheck}: a notice that would replace
 * "listed in Y" by "listed in X" is refused with ERROR if X says the person is not listed there (asked before the
 * transaction); if X cannot be asked, the call fails with a soap:Server fault and the sender resends later.</li>
 * </ul>
 * Every other call passes straight through.
 */
public class CrossCountyCareListingService implements CareListingService {

    private final CareListingService delegate;
    private final OutboxDelivery delivery;
    private final HomeRegionRefusals refusals;
    private final PersonStore persons;
    private final FacilityStore facilities;
    private final CountyCode own;
    private final Clock clock;
    private final int infoDays;
    private final StaleNoticeCheck staleNotices;

    public CrossCountyCareListingService(CareListingService delegate, OutboxDelivery delivery,
                                         HomeRegionRefusals refusals, PersonStore persons, FacilityStore facilities,
                                         RegionSettings settings, Clock clock, CrossCountyProperties properties,
                                         StaleNoticeCheck staleNotices) {
        this.delegate = delegate;
        this.delivery = delivery;
        this.refusals = refusals;
        this.persons = persons;
        this.facilities = facilities;
        this.own = settings.county();
        this.clock = clock;
        this.infoDays = properties.refusals().infoDays();
        this.staleNotices = staleNotices;
    }

    @Override
    public Outcome createListing(CreateListingCommand command) {
        Optional<CountyCode> home = command.homeCounty().filter(h -> !h.equals(own));
        if (home.isEmpty()) {
            return delegate.createListing(command);
        }
        Outcome outcome = delivery.withSynchronousDelivery(() -> delegate.createListing(command));
        if (!outcome.isOk()) {
            return outcome;
        }
        List<OutboxDelivery.Delivery> done = delivery.deliverNowFor(command.person(), true);
        delivery.kick(); // anything else the call wrote (or what was not due for this person yet)
        if (!done.isEmpty()) {
            OutboxDelivery.Delivery last = done.get(done.size() - 1);
            if (last.result() == OutboxDelivery.Result.REVERTED && last.notice().announcesOurListing(own)) {
                return ListingRule.HOME_REGION_REFUSED_RELISTING.outcome(facilityName(command.facility()),
                        last.notice().homeCounty().regionName());
            }
        }
        return outcome;
    }

    @Override
    public Answers.Listings listings(Actor actor, PersonId person) {
        Answers.Listings answer = delegate.listings(actor, person);
        if (answer.outcome().code() != ResultCode.OK) {
            return answer;
        }
        LocalDateTime since = LocalDateTime.now(clock).minusDays(infoDays);
        Optional<HomeRegionRefusals.Refusal> refusal = refusals.latestUnannounced(person, since);
        if (refusal.isEmpty()) {
            return answer; // the common case: no second read of the person
        }
        Optional<Person> subject = persons.find(person);
        if (subject.isEmpty() || !DisclosurePolicy.mayDisclose(actor, person,
                subject.get().guardians(), refusal.get().facility(), true)) {
            return answer;
        }
        String facility = facilityName(refusal.get().facility());
        return new Answers.Listings(ListingRule.CROSS_COUNTY_LISTING_REFUSED.outcome(facility,
                refusal.get().homeCounty().regionName(), facility), answer.listings());
    }

    private String facilityName(HsaId id) {
        return facilities.find(id).map(Facility::name).orElse(id.value());
    }

    @Override
    public Answers.ListingTypes listingTypes(Optional<PersonId> person, Optional<CountyCode> homeCounty) {
        return delegate.listingTypes(person, homeCounty);
    }

    @Override
    public Answers.Facilities availableFacilities(Set<HsaId> facilityIds, Set<ListingTypeCode> listingTypes) {
        return delegate.availableFacilities(facilityIds, listingTypes);
    }

    @Override
    public Answers.Personnel availablePersonnel(PersonId person, HsaId facility, Set<ListingTypeCode> listingTypes) {
        return delegate.availablePersonnel(person, facility, listingTypes);
    }

    @Override
    public Answers.ListingCounties listingCounties(Actor actor, PersonId person) {
        return delegate.listingCounties(actor, person);
    }

    @Override
    public Outcome updateListing(UpdateListingCommand command) {
        Optional<Outcome> stale = staleNotices.refusal(command);
        return stale.isPresent() ? stale.get() : delegate.updateListing(command);
    }
}
