package se.listning.region.crosscounty;

/**
 * Published when an UpdateListing notice is written to the outbox; after the writing transaction commits,
 * {@link OutboxDelivery} starts a delivery round.
 */
public record NoticeQueued() {
}
