package se.listning.domain.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static se.listning.domain.testing.TestWorld.NOW;
import static se.listning.domain.testing.TestWorld.OTHER;
import static se.listning.domain.testing.TestWorld.OWN;
import static se.listning.domain.testing.TestWorld.adultId;
import static se.listning.domain.testing.TestWorld.childId;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.listning.domain.api.Answers;
import se.listning.domain.api.FacilityView;
import se.listning.domain.api.ListingTypeView;
import se.listning.domain.api.PersonnelView;
import se.listning.domain.api.ResultCode;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.ListingTypeCode;
import se.listning.domain.model.Doctor;
import se.listning.domain.model.Facility;
import se.listning.domain.model.ListingReason;
import se.listning.domain.testing.TestWorld;

class CatalogueQueriesTest {

    TestWorld world;
    CatalogueQueries queries;
    Facility multi;
    Facility pvOnly;
    Facility queueing;

    @BeforeEach
    void setUp() {
        world = new TestWorld();
        multi = world.facility("SE12343543-X011", "Huvud- axlar- knä- och tåspecialisten", 100, false, false,
                ListingTypeCode.PV, TestWorld.CHILD);
        pvOnly = world.facility("SE12343543-X033", "Vårdcentralen Enkel", null, false, true);
        queueing = world.facility("SE12343543-X022", "Vårdcentralen Kö", 1, true, true);
        world.stores.facilityMap.put(HsaId.of("SE12343543-NA"),
                new Facility(HsaId.of("SE12343543-NA"), "Ej listningsbar", false, null, false, false, List.of()));
        world.resident(adultId(200));
        world.stores.addListing(adultId(200), ListingTypeCode.PV, queueing.id(), OWN, null, NOW.minusYears(1),
                ListingReason.ACTIVE_CHOICE);
        queries = new CatalogueQueries(world.ports(), world.settings, world.clock);
    }

    List<ListingTypeCode> codes(Answers.ListingTypes answer) {
        return answer.types().stream().map(ListingTypeView::code).toList();
    }

    List<HsaId> ids(Answers.Facilities answer) {
        return answer.facilities().stream().map(FacilityView::id).toList();
    }

    @Test
    void allTypesWithoutPersonPvNamedPrimarvardslistning() {
        Answers.ListingTypes all = queries.listingTypes(Optional.empty(), Optional.empty());

        assertThat(codes(all)).containsExactly(ListingTypeCode.PV, TestWorld.CHILD, TestWorld.SHARED);
        assertThat(all.types().get(0).displayName()).isEqualTo("Primärvårdslistning");
    }

    @Test
    void residentGetsOwnTypesWhoseAgeFits() {
        assertThat(codes(queries.listingTypes(Optional.of(adultId(1)), Optional.of(OWN))))
                .containsExactly(ListingTypeCode.PV, TestWorld.SHARED);
        assertThat(codes(queries.listingTypes(Optional.of(childId(2)), Optional.of(OWN))))
                .containsExactly(ListingTypeCode.PV, TestWorld.CHILD, TestWorld.SHARED);
    }

    @Test
    void nonResidentGetsPvAndSharedTypesOfTheCollaboration() {
        assertThat(codes(queries.listingTypes(Optional.of(childId(3)), Optional.of(OTHER))))
                .containsExactly(ListingTypeCode.PV);
        assertThat(codes(queries.listingTypes(Optional.of(adultId(4)), Optional.of(TestWorld.COLLABORATING))))
                .containsExactly(ListingTypeCode.PV, TestWorld.SHARED);
    }

    @Test
    void unfilteredFacilitiesAreAllListableOnes() {
        assertThat(ids(queries.availableFacilities(Set.of(), Set.of())))
                .containsExactlyInAnyOrder(multi.id(), pvOnly.id(), queueing.id());
    }

    @Test
    void filterOnIdsIsCaseInsensitive() {
        assertThat(ids(queries.availableFacilities(Set.of(HsaId.of("se12343543-x011"), HsaId.of("SE12343543-x022")),
                Set.of()))).containsExactlyInAnyOrder(multi.id(), queueing.id());
    }

    @Test
    void typeFilterTreatsNoSupportedTypesAsPvAndIgnoresUnknownTypes() {
        Answers.Facilities pv = queries.availableFacilities(Set.of(),
                Set.of(ListingTypeCode.PV, new ListingTypeCode("UNKNOWN_LISTING_TYPE", "OKAND_LISTNINGSTYP")));
        assertThat(pv.outcome().code()).isEqualTo(ResultCode.OK);
        assertThat(ids(pv)).containsExactlyInAnyOrder(multi.id(), pvOnly.id(), queueing.id());

        assertThat(ids(queries.availableFacilities(Set.of(), Set.of(TestWorld.CHILD)))).containsExactly(multi.id());
    }

    @Test
    void queueFiguresOnlyWhenFullWithQueue() {
        FacilityView q = queries.availableFacilities(Set.of(queueing.id()), Set.of()).facilities().get(0);
        assertThat(q.hasQueue()).isTrue();
        assertThat(q.queueLength()).isZero();
        assertThat(q.estimatedWaitDays()).isEqualTo(365); // nobody left in the window
        assertThat(q.supportedListingTypes()).isEmpty();
        assertThat(q.supportsHealthcarePersonnel()).isTrue();

        FacilityView m = queries.availableFacilities(Set.of(multi.id()), Set.of()).facilities().get(0);
        assertThat(m.hasQueue()).isFalse();
        assertThat(m.queueLength()).isNull();
        assertThat(m.estimatedWaitDays()).isNull();
        assertThat(m.supportedListingTypes()).extracting(ListingTypeView::displayName)
                .containsExactly("Primärvårdslistning", "Barnhälsovård");
    }

    @Test
    void personnelAreActiveDoctorsWhoseAgeRangeAdmitsThePerson() {
        Doctor active = world.doctor("SE12343543-D1", pvOnly, "Åke Örjan André Mäkitalo", null, null, null);
        world.doctor("SE12343543-D2", pvOnly, "Barnläkare Bo", null, 0, 17);
        world.stores.doctorMap.put(HsaId.of("SE12343543-D3"), new Doctor(HsaId.of("SE12343543-D3"), pvOnly.id(),
                "Slutat Sven", null, false, null, null, null));

        Answers.Personnel answer = queries.availablePersonnel(adultId(5), HsaId.of("se12343543-x033"), Set.of());

        assertThat(answer.personnel()).extracting(PersonnelView::id).containsExactly(active.id());
    }

    @Test
    void personnelOfAnUnknownFacilityIsAnErrorAndNoneWhereNotOffered() {
        Answers.Personnel unknown = queries.availablePersonnel(adultId(5), HsaId.of("SE12343543-NA"), Set.of());
        assertThat(unknown.outcome().code()).isEqualTo(ResultCode.ERROR);
        assertThat(unknown.outcome().text()).contains("SE12343543-NA");

        Answers.Personnel notOffered = queries.availablePersonnel(adultId(5), multi.id(), Set.of());
        assertThat(notOffered.outcome().code()).isEqualTo(ResultCode.OK);
        assertThat(notOffered.personnel()).isEmpty();
    }

    @Test
    void personnelTypeFilterGivesNobodyWhenTheFacilityOffersNoneOfTheTypes() {
        world.doctor("SE12343543-D4", pvOnly, "Anna Läkare", null, null, null);

        assertThat(queries.availablePersonnel(adultId(5), pvOnly.id(), Set.of(TestWorld.CHILD)).personnel()).isEmpty();
        assertThat(queries.availablePersonnel(adultId(5), pvOnly.id(), Set.of(ListingTypeCode.PV)).personnel())
                .hasSize(1);
    }
}
