package se.listning.region.soap;

import org.apache.cxf.bus.spring.SpringBus;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code listning.bench.echo=true} (off by default): publishes {@link GetListingEchoResponder} at
 * {@value #ADDRESS} below /services, on the same bus as the contracts (schema validation, caller
 * authorisation, StAX and size limits), for the echo limit of docs/BENCHMARKS.md.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "listning.bench", name = "echo", havingValue = "true")
public class GetListingEchoConfig {

    static final String ADDRESS = "/supportprocess/logistics/carelisting/GetListingEcho/2/rivtabp21";

    @Bean
    CxfConfig.SoapEndpoints getListingEcho(SpringBus bus, LogicalAddressGuard guard) {
        return new CxfConfig.SoapEndpoints(java.util.List.of(
                CxfConfig.publish(bus, CarelistingContract.GET_LISTING, new GetListingEchoResponder(guard), ADDRESS)));
    }
}
