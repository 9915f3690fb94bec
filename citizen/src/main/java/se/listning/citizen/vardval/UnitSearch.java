package se.listning.citizen.vardval;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import se.listning.citizen.platform.CarelistingPlatform;
import se.listning.citizen.registers.UnitDirectory;
import se.listning.citizen.registers.UnitInfo;
import se.listning.contracts.carelisting.v2.HealthcareFacilityType;
import se.listning.domain.identity.CountyCode;

/**
 * "Välj/ändra vårdval": the listing types a region offers this person (GetListingTypes with homeCountyCode, so a
 * visitor sees only what they may choose), its listable units of a type (GetAvailableHealthcareFacilities),
 * filtered by municipality (from the unit directory) and name, and a unit's doctors
 * (GetAvailableHealthcarePersonnel, asked only where the unit offers the choice: consumer checklist 4).
 */
@Service
public class UnitSearch {

    private static final Collator SWEDISH = Collator.getInstance(Locale.forLanguageTag("sv-SE"));

    private final CarelistingPlatform platform;
    private final UnitDirectory directory;

    public UnitSearch(CarelistingPlatform platform, UnitDirectory directory) {
        this.platform = platform;
        this.directory = directory;
    }

    /** The types of vårdval this person may choose in the region, named as the region names them. */
    public List<TypeOption> types(Acting acting, CountyCode region) {
        return platform.listingTypes(region, acting.personId(), acting.homeCounty()).stream()
                .map(t -> new TypeOption(ListingTypeKey.of(t), ListingOverviews.displayName(t)))
                .toList();
    }

    /** A listing type offered in a form: its key and its name. */
    public record TypeOption(ListingTypeKey key, String name) {
    }

    /** The municipalities where the region has listable units (from the unit directory), in Swedish order. */
    public List<Municipality> municipalities(CountyCode region) {
        return directory.units(region).values().stream()
                .filter(u -> u.municipalityCode() != null && u.municipalityName() != null)
                .map(u -> new Municipality(u.municipalityCode(), u.municipalityName()))
                .distinct()
                .sorted(Comparator.comparing(Municipality::name, SWEDISH))
                .toList();
    }

    /** Listable units of the type, in the municipality (when given) and whose name contains the text (when given). */
    public List<UnitView> search(CountyCode region, ListingTypeKey type, Optional<String> municipalityCode,
                                 Optional<String> text) {
        Map<String, UnitInfo> units = directory.units(region);
        String needle = text.map(t -> t.trim().toLowerCase(Locale.ROOT)).filter(t -> !t.isEmpty()).orElse(null);
        return platform.facilities(region, Optional.of(type.toCv()), List.of()).stream()
                .map(f -> view(region, f, units.get(f.getId().toUpperCase())))
                .filter(u -> municipalityCode.isEmpty() || municipalityCode.get().equals(u.municipalityCode()))
                .filter(u -> needle == null || u.name().toLowerCase(Locale.ROOT).contains(needle)
                        || (u.address() != null && u.address().toLowerCase(Locale.ROOT).contains(needle)))
                .sorted(Comparator.comparing(UnitView::name, SWEDISH))
                .toList();
    }

    /** One unit as it is now, or empty when the region no longer lists it as listable. */
    public Optional<UnitView> unit(CountyCode region, String hsaId) {
        return platform.facilities(region, Optional.empty(), List.of(hsaId)).stream()
                .filter(f -> f.getId().equalsIgnoreCase(hsaId))
                .findFirst()
                .map(f -> view(region, f, directory.units(region).get(f.getId().toUpperCase())));
    }

    /** The doctors the person may choose at the unit (only ask when the unit offers the choice). */
    public List<Doctor> doctors(Acting acting, CountyCode region, String unitHsaId, ListingTypeKey type) {
        return platform.personnel(region, acting.personId(), unitHsaId, Optional.of(type.toCv())).stream()
                .map(p -> new Doctor(p.getId(), p.getName(), p.getTitle()))
                .sorted(Comparator.comparing(Doctor::name, SWEDISH))
                .toList();
    }

    private static UnitView view(CountyCode region, HealthcareFacilityType f, UnitInfo info) {
        List<String> typeNames = f.getSupportedListingTypes().isEmpty()
                ? List.of("Primärvårdslistning")
                : f.getSupportedListingTypes().stream().map(ListingOverviews::displayName).filter(Objects::nonNull).toList();
        return new UnitView(region, f.getId(), f.getName(),
                info == null ? null : info.address(),
                info == null ? null : info.municipalityCode(),
                info == null ? null : info.municipalityName(),
                f.isHasQueue(), f.getQueueLength(), f.getEstimatedWaitInQueue(),
                f.isSupportsHealthcarePersonnel(), typeNames);
    }
}
