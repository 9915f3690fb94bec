package se.listning.region.soap.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads the authorisation table at start: {@code listning.soap.authorisation-file}, else the built-in default. */
@Configuration(proxyBeanMethods = false)
public class SoapSecurityConfig {

    static final String DEFAULT_TABLE = "default-authorisation.txt";
    private static final Logger log = LoggerFactory.getLogger(SoapSecurityConfig.class);

    @Bean
    AuthorisationTable authorisationTable(SoapSecurityProperties properties) {
        AuthorisationTable table = properties.authorisationFile() == null ? defaultTable()
                : load(properties.authorisationFile());
        log.info("SOAP authorisation table {}: {} rows{}", table.source(), table.rules().size(),
                table.allowsUnidentified() ? " (calls over plain HTTP without a consumer id are allowed)" : "");
        return table;
    }

    static AuthorisationTable defaultTable() {
        try (InputStream in = SoapSecurityConfig.class.getResourceAsStream(DEFAULT_TABLE)) {
            if (in == null) {
                throw new IllegalStateException("built-in authorisation table " + DEFAULT_TABLE + " missing");
            }
            return AuthorisationTableParser.parse("(built-in default)", new String(in.readAllBytes(),
                    StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static AuthorisationTable load(Path file) {
        try {
            return AuthorisationTableParser.parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read authorisation table " + file + ": " + e.getMessage(), e);
        }
    }
}
