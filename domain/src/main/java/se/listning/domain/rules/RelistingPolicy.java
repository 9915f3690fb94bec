package se.listning.domain.rules;

import java.time.LocalDateTime;
import java.util.Objects;
import se.listning.domain.identity.PersonId;
import se.listning.domain.model.ListingReason;
import se.listning.domain.model.ListingType;
import se.listning.domain.port.RegionSettings;
import se.listning.domain.port.RelistingLedger;

/**
 * The home region's relisting cap (omlistningar): a rolling window of
 * {@link RegionSettings#relistingWindowMonths()} back from now; cap = {@link ListingType#maxRelistings()}
 * plus the exemptions staff granted inside the window. Only residents are counted, and only by their
 * home region. Callers hold the person lock while checking and recording.
 */
public final class RelistingPolicy {

    private final RelistingLedger ledger;
    private final RegionSettings settings;

    public RelistingPolicy(RelistingLedger ledger, RegionSettings settings) {
        this.ledger = Objects.requireNonNull(ledger);
        this.settings = Objects.requireNonNull(settings);
    }

    /**
     * Whether a listing start counts as a relisting. Same-unit calls (choosing or changing doctor,
     * leaving the queue) never count. A first listing, when the person holds no active listing of the
     * type (here or recorded elsewhere), is a choice and not a change, so it does not count either.
     * Otherwise it counts when the start reason is one of {@link RegionSettings#countedReasons()}.
     */
    public boolean counts(ListingReason startReason, boolean sameUnit, boolean hadActiveListingOfType) {
        return !sameUnit && hadActiveListingOfType && settings.countedReasons().contains(startReason);
    }

    public LocalDateTime windowStart(LocalDateTime now) {
        return now.minusMonths(settings.relistingWindowMonths());
    }

    /** The cap in force now: the type's maximum plus exemptions granted in the window. */
    public int cap(PersonId person, ListingType type, LocalDateTime now) {
        return type.maxRelistings() + ledger.exemptionsSince(person, type.code(), windowStart(now));
    }

    public int used(PersonId person, ListingType type, LocalDateTime now) {
        return ledger.countedSince(person, type.code(), windowStart(now));
    }

    /** Relistings still allowed in the window, never negative. */
    public int remaining(PersonId person, ListingType type, LocalDateTime now) {
        return Math.max(0, cap(person, type, now) - used(person, type, now));
    }

    public boolean allowsAnother(PersonId person, ListingType type, LocalDateTime now) {
        return remaining(person, type, now) > 0;
    }

    public void record(PersonId person, ListingType type, LocalDateTime now, String source) {
        ledger.record(person, type.code(), now, source);
    }

    public int windowMonths() {
        return settings.relistingWindowMonths();
    }
}
