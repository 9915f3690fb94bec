package se.listning.region.demodata;

import java.util.List;
import java.util.Set;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.listning.domain.identity.CountyCode;

/**
 * At startup, when {@code listning.demo-data} is true (the default) and the database holds no
 * facility yet, loads the test-data catalogue and a generated region of
 * {@code listning.demo-residents} residents (default 20 000) in one transaction.
 */
@Component
@Order(0)
@ConditionalOnProperty(prefix = "listning", name = "demo-data", havingValue = "true", matchIfMissing = true)
public class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DataSource dataSource;
    private final CountyCode county;
    private final int residents;
    private final long seed;
    private final Clock clock;
    private final Set<String> federationCounties;

    public DemoDataLoader(DataSource dataSource, Clock clock,
                          @Value("${listning.county:01}") String county,
                          @Value("${listning.demo-residents:20000}") int residents,
                          @Value("${listning.demo-seed:" + RegionGenerator.DEFAULT_SEED + "}") long seed,
                          @Value("${listning.demo-federation-counties:}") List<String> federationCounties) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.county = CountyCode.of(county);
        this.residents = residents;
        this.seed = seed;
        this.federationCounties = Set.copyOf(federationCounties);
    }

    @Override
    public void run(ApplicationArguments args) throws SQLException {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        long facilities = jdbc.sql("select count(*) from facility").query(Long.class).single();
        if (facilities > 0) {
            log.info("Demo data: the database already holds {} facilities; nothing loaded. Listable facilities: {}",
                    facilities, jdbc.sql("select count(*) from facility where listable").query(Long.class).single());
            return;
        }
        DemoDataSet data = new DemoDataSet(county, residents, seed, LocalDate.now(clock), federationCounties);
        log.info("Demo data: loading the test-data catalogue and {} generated residents for county {} ({})",
                residents, county, county.regionName());
        DemoDataImporter.Report report = new DemoDataImporter(dataSource).load(data);
        log.info("Demo data loaded in one transaction in {} ms ({} rows, {} rows/s): {}", report.duration().toMillis(),
                report.totalRows(), Math.round(report.rowsPerSecond()), report.rows());
        log.info("Demo data: listable facilities (GetAvailableHealthcareFacilities 1.1) = {}", data.listableFacilityCount());
        data.catalogue().describe().forEach(line -> log.info("Test-data catalogue: {}", line));
    }
}
