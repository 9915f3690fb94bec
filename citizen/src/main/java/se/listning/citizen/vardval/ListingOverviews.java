package se.listning.citizen.vardval;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import javax.xml.datatype.XMLGregorianCalendar;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;
import se.listning.citizen.config.CitizenConfig;
import se.listning.citizen.platform.CarelistingPlatform;
import se.listning.citizen.platform.RegionUnavailableException;
import se.listning.citizen.registers.UnitDirectory;
import se.listning.citizen.registers.UnitInfo;
import se.listning.contracts.carelisting.v2.CVType;
import se.listning.contracts.carelisting.v2.HealthcareFacilityType;
import se.listning.contracts.carelisting.v2.ListingHealthcareFacilityType;
import se.listning.contracts.getlisting.GetListingResponseType;
import se.listning.domain.identity.CountyCode;

/**
 * Flows 1a and 1b: ask the home region where the person is listed (GetListingCounty), then GetListing in every
 * region it names and in the home region itself (which reports the relistings left and may hold queue places),
 * all at once. A region that does not answer is named in {@link Overview#unavailable()}; the others are shown.
 */
@Service
public class ListingOverviews {

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private final CarelistingPlatform platform;
    private final UnitDirectory directory;
    private final ExecutorService calls;

    public ListingOverviews(CarelistingPlatform platform, UnitDirectory directory,
                            @Qualifier(CitizenConfig.REGION_CALLS) ExecutorService calls) {
        this.platform = platform;
        this.directory = directory;
        this.calls = calls;
    }

    public Overview overview(Acting acting) {
        CountyCode home = acting.homeCounty();
        Set<CountyCode> counties = new LinkedHashSet<>();
        counties.add(home);
        boolean homeUnavailable = false;
        try {
            counties.addAll(platform.listingCounties(home, acting.actor(), acting.personId()));
        } catch (RegionUnavailableException e) {
            homeUnavailable = true;
        }
        Map<CountyCode, CompletableFuture<GetListingResponseType>> answers = new LinkedHashMap<>();
        for (CountyCode county : counties) {
            answers.put(county, CompletableFuture.supplyAsync(
                    () -> platform.listing(county, acting.actor(), acting.personId()), calls));
        }
        List<ListingView> listings = new ArrayList<>();
        List<CountyCode> unavailable = new ArrayList<>();
        answers.forEach((county, answer) -> {
            try {
                GetListingResponseType response = answer.join();
                Map<String, UnitInfo> units = directory.units(county);
                response.getListings().forEach(l -> listings.add(view(county, l, units)));
            } catch (java.util.concurrent.CompletionException e) {
                unavailable.add(county);
            }
        });
        if (homeUnavailable && !unavailable.contains(home)) {
            unavailable.add(0, home);
        }
        listings.sort(Comparator.comparing(ListingView::inQueue).thenComparing(l -> l.county().code())
                .thenComparing(ListingView::unitName, Comparator.nullsLast(Comparator.naturalOrder())));
        Optional<Integer> remaining = listings.stream()
                .filter(l -> l.county().equals(home) && l.remainingChanges() != null)
                .map(ListingView::remainingChanges)
                .findFirst();
        return new Overview(List.copyOf(listings), List.copyOf(unavailable), homeUnavailable, remaining);
    }

    private static ListingView view(CountyCode county, ListingHealthcareFacilityType listing, Map<String, UnitInfo> units) {
        HealthcareFacilityType unit = listing.getHealthcareFacility();
        CVType type = listing.getListingType();
        UnitInfo info = unit == null || unit.getId() == null ? null : units.get(unit.getId().toUpperCase());
        return new ListingView(county,
                unit == null ? "" : unit.getId(),
                unit == null ? "" : unit.getName(),
                info == null ? null : info.address(),
                ListingTypeKey.of(type),
                displayName(type),
                date(listing.getValidFromDate()),
                date(listing.getValidToDate()),
                listing.getHealthcarePersonnel() == null ? null : listing.getHealthcarePersonnel().getName(),
                listing.getHealthcarePersonnel() == null ? null : listing.getHealthcarePersonnel().getTitle(),
                listing.isIsInQueue(),
                listing.getQueuePosition(),
                listing.getEstimatedWaitInQueue(),
                listing.getRemainingChanges(),
                unit != null && unit.isSupportsHealthcarePersonnel());
    }

    /** The producer's name for the type; PV is always "Primärvårdslistning" (spec 3.5). */
    static String displayName(CVType type) {
        if (type.getDisplayName() != null && !type.getDisplayName().isBlank()) {
            return type.getDisplayName();
        }
        return ListingTypeKey.PV.matches(type) ? "Primärvårdslistning" : type.getCode();
    }

    private static LocalDate date(XMLGregorianCalendar value) {
        if (value == null) {
            return null;
        }
        return value.toGregorianCalendar().toZonedDateTime().withZoneSameInstant(SWEDEN).toLocalDate();
    }
}
