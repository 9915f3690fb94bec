package se.listning.domain.rules;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import se.listning.domain.api.Outcome;
import se.listning.domain.identity.Actor;
import se.listning.domain.identity.ActorType;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.ListingTypeCode;
import se.listning.domain.identity.PersonId;
import se.listning.domain.model.Person;
import se.listning.domain.port.GuardianConsentStore;
import se.listning.domain.port.RegionSettings;

/**
 * Who may change a person's listing, and the consent of both guardians for a child.
 * <ul>
 *   <li>A CITIZEN actor acts only for himself, and only from the age of 18: a minor acting as
 *       CITIZEN gets ERROR_GUARDIAN_CONSENT_NEEDED (national suite case 3.2.5).</li>
 *   <li>A GUARDIAN actor must be a registered guardian of the person, else ERROR.</li>
 *   <li>A child with two (or more) guardians needs all of them: the first request is recorded as
 *       pending and answered ERROR_GUARDIAN_CONSENT_NEEDED; the matching request of the other guardian
 *       (same facility and type, within {@link RegionSettings#guardianConsentWindowDays()}) completes it.</li>
 *   <li>Organisation actors may use CreateListing only when
 *       {@link RegionSettings#organisationActorsMayCreate()} (default no, as the TKB says); staff then
 *       have obtained any consent themselves, so no consent is asked for.</li>
 *   <li>A REGION actor (staff) registering a listing from a form the citizen signed (flow 10) is let
 *       through whatever that setting says: the signed form is the consent.</li>
 * </ul>
 */
public final class GuardianConsent {

    public static final int ADULT_AGE = 18;

    private final GuardianConsentStore store;
    private final RegionSettings settings;

    public GuardianConsent(GuardianConsentStore store, RegionSettings settings) {
        this.store = Objects.requireNonNull(store);
        this.settings = Objects.requireNonNull(settings);
    }

    /** Checks that need no stored data: actor type allowed, a citizen acting for himself as an adult. */
    public Optional<Outcome> actorRefusal(Actor actor, PersonId person, LocalDate today) {
        return actorRefusal(actor, person, today, false);
    }

    /**
     * As {@link #actorRefusal(Actor, PersonId, LocalDate)}; with {@code signedPaperForm} a REGION actor
     * (staff registering from a signed paper form) is allowed.
     */
    public Optional<Outcome> actorRefusal(Actor actor, PersonId person, LocalDate today, boolean signedPaperForm) {
        if (!actor.type().isPerson()) {
            boolean staffWithForm = signedPaperForm && actor.type() == ActorType.REGION;
            return staffWithForm || settings.organisationActorsMayCreate()
                    ? Optional.empty()
                    : Optional.of(ListingRule.ACTOR_NOT_ALLOWED.outcome(actor.type().name()));
        }
        if (actor.type() == ActorType.CITIZEN) {
            if (!actor.person().equals(person)) {
                return Optional.of(ListingRule.CITIZEN_NOT_SELF.outcome());
            }
            if (person.ageOn(today) < ADULT_AGE) {
                return Optional.of(ListingRule.MINOR_NEEDS_GUARDIAN.outcome());
            }
        }
        return Optional.empty();
    }

    /** A GUARDIAN actor must be registered as guardian of the person. */
    public Optional<Outcome> guardianRefusal(Actor actor, Person person) {
        if (actor.type() == ActorType.GUARDIAN && !person.guardians().contains(actor.person())) {
            return Optional.of(ListingRule.NOT_A_GUARDIAN.outcome());
        }
        return Optional.empty();
    }

    /**
     * For a GUARDIAN acting for a child with several guardians: empty when every other guardian has
     * asked for the same change within the window (the requests are then completed); otherwise records
     * this guardian's request and answers ERROR_GUARDIAN_CONSENT_NEEDED. The caller must commit the
     * transaction also on that answer, or the pending request is lost.
     */
    public Optional<Outcome> consentMissing(Actor actor, Person child, HsaId facility, ListingTypeCode type,
                                            LocalDateTime now) {
        if (actor.type() != ActorType.GUARDIAN || child.guardians().size() < 2) {
            return Optional.empty();
        }
        LocalDateTime since = now.minusDays(settings.guardianConsentWindowDays());
        List<GuardianConsentStore.PendingRequest> pending = store.pending(child.id(), facility, type, since);
        Set<PersonId> askedAlready = new HashSet<>();
        pending.forEach(p -> askedAlready.add(p.guardian()));
        Set<PersonId> others = new HashSet<>(child.guardians());
        others.remove(actor.person());
        if (askedAlready.containsAll(others)) {
            store.complete(child.id(), type, now);
            return Optional.empty();
        }
        if (!askedAlready.contains(actor.person())) {
            store.recordRequest(child.id(), actor.person(), facility, type, now);
        }
        return Optional.of(ListingRule.GUARDIAN_CONSENT_NEEDED.outcome(settings.guardianConsentWindowDays()));
    }
}
