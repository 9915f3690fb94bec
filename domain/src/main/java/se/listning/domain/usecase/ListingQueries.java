package se.listning.domain.usecase;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import se.listning.domain.api.Answers;
import se.listning.domain.api.ListingView;
import se.listning.domain.api.Outcome;
import se.listning.domain.identity.Actor;
import se.listning.domain.identity.CountyCode;
import se.listning.domain.identity.PersonId;
import se.listning.domain.model.Facility;
import se.listning.domain.model.Listing;
import se.listning.domain.model.ListingType;
import se.listning.domain.model.Person;
import se.listning.domain.model.QueuePlace;
import se.listning.domain.port.Ports;
import se.listning.domain.port.RegionSettings;
import se.listning.domain.rules.DisclosurePolicy;
import se.listning.domain.rules.QueueEstimate;
import se.listning.domain.rules.RelistingPolicy;

/**
 * GetListing and GetListingCounty. Both disclose per actor ({@link DisclosurePolicy}); an actor not
 * entitled gets an empty answer with OK.
 */
public final class ListingQueries {

    private final Ports ports;
    private final RegionSettings settings;
    private final Clock clock;
    private final RelistingPolicy relistings;
    private final Views views;

    public ListingQueries(Ports ports, RegionSettings settings, Clock clock) {
        this.ports = ports;
        this.settings = settings;
        this.clock = clock;
        this.relistings = new RelistingPolicy(ports.relistings(), settings);
        this.views = new Views(ports);
    }

    /**
     * Active listings at this region's facilities and queue places. "Listed in another region" records
     * are not returned (that region answers for them). remainingChanges only for our residents.
     */
    public Answers.Listings listings(Actor actor, PersonId personId) {
        Optional<Person> person = ports.persons().find(personId);
        if (person.isEmpty()) {
            return new Answers.Listings(Outcome.ok(), List.of());
        }
        Person p = person.get();
        LocalDateTime now = LocalDateTime.now(clock);
        boolean resident = isResident(p);
        List<ListingView> result = new ArrayList<>();
        for (Listing listing : ports.listings().active(personId)) {
            if (listing.isElsewhere()
                    || !DisclosurePolicy.mayDisclose(actor, personId, p.guardians(), listing.facility(), true)) {
                continue;
            }
            Optional<Facility> facility = ports.facilities().find(listing.facility());
            if (facility.isEmpty()) {
                continue;
            }
            result.add(new ListingView(listing.validFrom(), listing.validTo(), views.type(listing.listingType()),
                    views.facility(facility.get(), listing.listingType()), views.doctor(listing.doctor()),
                    false, null, null, remaining(resident, p, listing.listingType(), now)));
        }
        for (QueuePlace place : ports.queues().active(personId)) {
            if (!DisclosurePolicy.mayDisclose(actor, personId, p.guardians(), place.facility(), false)) {
                continue;
            }
            Optional<Facility> facility = ports.facilities().find(place.facility());
            if (facility.isEmpty()) {
                continue;
            }
            int position = ports.queues().position(place);
            int wait = QueueEstimate.daysForPosition(position, ports.facilities().load(place.facility(), place.listingType()));
            result.add(new ListingView(place.queuedAt(), null, views.type(place.listingType()),
                    views.facility(facility.get(), place.listingType()), views.doctor(place.doctor()),
                    true, position, wait, remaining(resident, p, place.listingType(), now)));
        }
        return new Answers.Listings(Outcome.ok(), List.copyOf(result));
    }

    /**
     * Counties of the person's active listings: our county for listings at our facilities, the other
     * county for "listed in another region" records. Answered only for our residents (for anyone else
     * this is not the home region: empty). Queue places do not count: they are not listings.
     */
    public Answers.ListingCounties listingCounties(Actor actor, PersonId personId) {
        Optional<Person> person = ports.persons().find(personId).filter(this::isResident);
        if (person.isEmpty()) {
            return new Answers.ListingCounties(Outcome.ok(), List.of());
        }
        TreeSet<CountyCode> counties = new TreeSet<>();
        for (Listing listing : ports.listings().active(personId)) {
            if (DisclosurePolicy.mayDisclose(actor, personId, person.get().guardians(), listing.facility(), true)) {
                counties.add(listing.isElsewhere() ? listing.listingCounty() : settings.county());
            }
        }
        return new Answers.ListingCounties(Outcome.ok(), List.copyOf(counties));
    }

    private boolean isResident(Person person) {
        return person.resident() && person.homeCounty().equals(settings.county());
    }

    private Integer remaining(boolean resident, Person person, se.listning.domain.identity.ListingTypeCode code,
                              LocalDateTime now) {
        if (!resident) {
            return null;
        }
        Optional<ListingType> type = ports.listingTypes().find(code);
        return type.map(t -> relistings.remaining(person.id(), t, now)).orElse(null);
    }
}
