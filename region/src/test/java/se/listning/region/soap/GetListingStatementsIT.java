package se.listning.region.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static se.listning.region.soap.CarelistingContract.GET_LISTING;
import static se.listning.region.soap.Requests.citizen;
import static se.listning.region.soap.Requests.person;

import java.time.LocalDateTime;
import java.util.List;
import javax.xml.validation.Schema;
import org.apache.cxf.bus.spring.SpringBus;
import org.apache.cxf.endpoint.ServerRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * How many SQL statements one GetListing costs (issue 6): counted by a recording data source, so the
 * number is exact and independent of the machine's load. The test prints the statements; the counts
 * before and after the issue-6 changes are in docs/BENCHMARKS.md.
 */
@Import(StatementRecorder.Config.class)
class GetListingStatementsIT extends SoapIntegrationTest {

    @Autowired
    StatementRecorder recorder;

    @Autowired
    SpringBus bus;

    @Test
    void aResidentListedWithADoctorCostsFewStatementsInOneTransaction() {
        String resident = listedResident("Vårdcentral Räkneverket");

        assertWithinBudget(getListing(resident, 1), MAX_LISTED);
    }

    @Test
    void aListingAndAQueuePlaceStayWithinTheirBudget() {
        String resident = listedResident("Vårdcentral Tvåräkning");
        data.queued(resident, data.fullFacility("Vårdcentral Kön Räknad", true));

        assertWithinBudget(getListing(resident, 2), MAX_QUEUED);
    }

    /** A new adult resident listed at a new unit with a doctor. */
    private String listedResident(String unitName) {
        String resident = data.adultResident();
        String unit = data.facility(unitName, null, false, true);
        data.listing(resident, unit, data.doctor(unit, "Ada Räknare"), LocalDateTime.now().minusYears(1), null);
        return resident;
    }

    private static void assertWithinBudget(List<StatementRecorder.Entry> statements, int budget) {
        assertThat(statements.stream().filter(s -> s.sql().equals("COMMIT"))).as("one commit, audit included").hasSize(1);
        assertThat(statements).extracting(StatementRecorder.Entry::sql)
                .as("no round trip to ask the isolation level (the pool sets it)")
                .doesNotContain(StatementRecorder.ISOLATION_QUERY);
        assertThat(statements).as("statements of one GetListing").hasSizeLessThanOrEqualTo(budget);
    }

    /**
     * Schema validation does not compile the schema per message: CXF keeps one thread-safe Schema per service
     * (EndpointReferenceUtils.getSchema caches it on the ServiceInfo) and makes a cheap Validator per header.
     */
    @Test
    void theSchemaIsCompiledOnceAndReused() {
        String resident = data.adultResident();
        call(GET_LISTING, citizen(resident) + person(resident)).assertResult("OK");
        Schema first = getListingSchema();
        call(GET_LISTING, citizen(resident) + person(resident)).assertResult("OK");
        assertThat(first).isNotNull().isSameAs(getListingSchema());
    }

    private Schema getListingSchema() {
        return bus.getExtension(ServerRegistry.class).getServers().stream()
                .map(server -> server.getEndpoint().getService())
                .filter(service -> service.getName().equals(GET_LISTING.serviceName()))
                .map(service -> service.getServiceInfos().get(0).getProperty(Schema.class.getName(), Schema.class))
                .findFirst().orElseThrow();
    }

    /** Budgets after issue 6 (before: 15 and 23 statements, see docs/BENCHMARKS.md). */
    private static final int MAX_LISTED = 7;
    private static final int MAX_QUEUED = 11;

    private List<StatementRecorder.Entry> getListing(String pnr, int listings) {
        call(GET_LISTING, citizen(pnr) + person(pnr)).assertResult("OK"); // warm: caches filled as in steady state
        recorder.start();
        SoapResponse answer = call(GET_LISTING, citizen(pnr) + person(pnr));
        List<StatementRecorder.Entry> statements = recorder.stop(thread -> thread.startsWith("http-nio"));
        assertThat(answer.assertResult("OK").count("//gl:listings")).isEqualTo(listings);
        System.out.println("[statements] GetListing with " + listings + " listing(s)/queue place(s): " + statements.size());
        statements.forEach(s -> System.out.println("[statements]   " + s.sql()));
        return statements;
    }
}
