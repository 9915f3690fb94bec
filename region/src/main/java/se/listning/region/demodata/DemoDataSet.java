package se.listning.region.demodata;

import java.util.Set;
import java.time.LocalDate;
import se.listning.domain.identity.CountyCode;

/**
 * Everything a demo region loads, per table: reference data (listing types, all municipalities),
 * the test-data catalogue, then the generated region.
 */
public final class DemoDataSet {

    private final CountyCode county;
    private final Municipalities municipalities;
    private final TestDataCatalogue catalogue;
    private final RegionGenerator generator;

    public DemoDataSet(CountyCode county, int residents, LocalDate today) {
        this(county, residents, RegionGenerator.DEFAULT_SEED, today, Set.of());
    }

    /** @param federationCounties counties running beside this one, never named by generated cross-county records */
    public DemoDataSet(CountyCode county, int residents, long seed, LocalDate today, Set<String> federationCounties) {
        this.county = county;
        this.municipalities = Municipalities.load();
        this.catalogue = new TestDataCatalogue(county, today, municipalities);
        this.generator = new RegionGenerator(new RegionGenerator.Config(county, residents, seed, today, federationCounties), municipalities);
    }

    public TestDataCatalogue catalogue() {
        return catalogue;
    }

    public RegionGenerator generator() {
        return generator;
    }

    /** GetAvailableHealthcareFacilities 1.1: every listable unit, catalogue and generated. */
    public long listableFacilityCount() {
        return TestDataCatalogue.LISTABLE_UNITS + generator.listableFacilityCount();
    }

    public void emit(Table table, RowSink sink) {
        switch (table) {
            case LISTING_TYPE -> RegionListingTypes.emit(county, sink);
            case MUNICIPALITY -> municipalities.all().forEach(m -> sink.row(m.code(), m.countyCode(), m.name()));
            default -> {
                catalogue.emit(table, sink);
                generator.emit(table, sink);
            }
        }
    }
}
