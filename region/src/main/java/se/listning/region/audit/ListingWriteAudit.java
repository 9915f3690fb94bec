package se.listning.region.audit;

import se.listning.domain.api.CreateListingCommand;
import se.listning.domain.api.Outcome;
import se.listning.domain.api.UpdateListingCommand;

/**
 * Audits the listing service's writes inside the transaction that makes them (called by the transactional
 * CareListingService after the domain has answered, before commit): the change and its audit row commit
 * together or not at all, and a re-run after a lost race leaves one row, not two.
 */
public interface ListingWriteAudit {

    ListingWriteAudit NONE = new ListingWriteAudit() {
        @Override
        public void created(CreateListingCommand command, Outcome outcome) {
        }

        @Override
        public void updated(UpdateListingCommand command, Outcome outcome) {
        }
    };

    void created(CreateListingCommand command, Outcome outcome);

    void updated(UpdateListingCommand command, Outcome outcome);
}
