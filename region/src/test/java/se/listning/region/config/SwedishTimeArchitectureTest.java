package se.listning.region.config;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/**
 * A region's dates are Swedish dates (the Clock bean, {@link RegionConfig#SWEDISH_TIME}, and the database sessions'
 * time zone), whatever time zone the server runs in; containers usually run in UTC. Code that asks the JVM's default
 * zone is right most of the day and wrong for an hour or two after Swedish midnight, which no ordinary test run sees
 * (the test JVMs run in Swedish time, see the parent pom), so it is refused here.
 */
class SwedishTimeArchitectureTest {

    private final JavaClasses production = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("se.listning.region", "se.listning.domain");

    @Test
    void noProductionCodeReadsTheJvmDefaultTimeZone() {
        noClasses().should().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(LocalTime.class, "now")
                .orShould().callMethod(YearMonth.class, "now")
                .orShould().callMethod(Year.class, "now")
                .orShould().callMethod(ZonedDateTime.class, "now")
                .orShould().callMethod(OffsetDateTime.class, "now")
                .orShould().callMethod(Clock.class, "systemDefaultZone")
                .orShould().callMethod(ZoneId.class, "systemDefault")
                .orShould().callMethod(TimeZone.class, "getDefault")
                .because("a region's \"today\" is the Swedish date: use the Clock bean or RegionConfig.SWEDISH_TIME")
                .check(production);
    }
}
