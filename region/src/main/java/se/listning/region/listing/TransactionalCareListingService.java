package se.listning.region.listing;

import java.util.Optional;
import java.util.Set;
import se.listning.domain.api.Answers;
import se.listning.domain.api.CareListingService;
import se.listning.domain.api.CreateListingCommand;
import se.listning.domain.api.Outcome;
import se.listning.domain.api.UpdateListingCommand;
import se.listning.domain.identity.Actor;
import se.listning.domain.identity.CountyCode;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.ListingTypeCode;
import se.listning.domain.identity.PersonId;
import se.listning.region.audit.ListingWriteAudit;
import se.listning.region.persistence.ReadScope;

/**
 * Every contract call in one transaction (committed also when the outcome is a refusal), re-run once
 * when it lost a race (see {@link RetryingTransactions}). Places freed by a committed call are
 * handed to the queue after commit by {@link QueueAdvancement}. CreateListing and UpdateListing are
 * audited inside their transaction ({@link ListingWriteAudit}).
 */
public class TransactionalCareListingService implements CareListingService {

    private final CareListingService delegate;
    private final RetryingTransactions transactions;
    private final ListingWriteAudit audit;

    public TransactionalCareListingService(CareListingService delegate, RetryingTransactions transactions,
                                           ListingWriteAudit audit) {
        this.delegate = delegate;
        this.transactions = transactions;
        this.audit = audit;
    }

    @Override
    public Answers.ListingTypes listingTypes(Optional<PersonId> person, Optional<CountyCode> homeCounty) {
        return transactions.run("GetListingTypes", () -> delegate.listingTypes(person, homeCounty));
    }

    @Override
    public Answers.Facilities availableFacilities(Set<HsaId> facilities, Set<ListingTypeCode> listingTypes) {
        // A catalogue read that writes nothing: its unit loads may come from RecentFacilityLoads.
        return transactions.run("GetAvailableHealthcareFacilities",
                () -> ReadScope.during(() -> delegate.availableFacilities(facilities, listingTypes)));
    }

    @Override
    public Answers.Personnel availablePersonnel(PersonId person, HsaId facility, Set<ListingTypeCode> listingTypes) {
        return transactions.run("GetAvailableHealthcarePersonnel", () -> delegate.availablePersonnel(person, facility, listingTypes));
    }

    @Override
    public Answers.ListingCounties listingCounties(Actor actor, PersonId person) {
        return transactions.run("GetListingCounty", () -> delegate.listingCounties(actor, person));
    }

    @Override
    public Answers.Listings listings(Actor actor, PersonId person) {
        return transactions.run("GetListing", () -> delegate.listings(actor, person));
    }

    @Override
    public Outcome createListing(CreateListingCommand command) {
        return transactions.run("CreateListing", () -> {
            Outcome outcome = delegate.createListing(command);
            audit.created(command, outcome);
            return outcome;
        });
    }

    @Override
    public Outcome updateListing(UpdateListingCommand command) {
        return transactions.run("UpdateListing", () -> {
            Outcome outcome = delegate.updateListing(command);
            audit.updated(command, outcome);
            return outcome;
        });
    }
}
