package se.listning.region.crosscounty;

import java.time.Duration;
import javax.net.ssl.SSLContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.cxf.Bus;
import org.apache.cxf.configuration.jsse.TLSClientParameters;
import org.apache.cxf.endpoint.Client;
import org.apache.cxf.frontend.ClientProxy;
import org.apache.cxf.jaxws.JaxWsProxyFactoryBean;
import org.apache.cxf.transport.http.HTTPConduit;
import org.apache.cxf.transports.http.configuration.HTTPClientPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.stereotype.Component;
import se.listning.contracts.carelisting.v2.ActorType;
import se.listning.contracts.client.HttpHeaderOnEveryRequest;
import se.listning.contracts.carelisting.v2.ActorTypeEnum;
import se.listning.contracts.carelisting.v2.CVType;
import se.listning.contracts.carelisting.v2.IIType;
import se.listning.contracts.getlisting.GetListingResponseType;
import se.listning.contracts.getlisting.GetListingType;
import se.listning.contracts.getlisting.rivtabp21.GetListingResponderInterface;
import se.listning.contracts.getlistingcounty.GetListingCountyResponseType;
import se.listning.contracts.getlistingcounty.GetListingCountyType;
import se.listning.contracts.getlistingcounty.rivtabp21.GetListingCountyResponderInterface;
import se.listning.contracts.updatelisting.UpdateListingResponseType;
import se.listning.contracts.updatelisting.UpdateListingType;
import se.listning.contracts.updatelisting.rivtabp21.UpdateListingResponderInterface;
import se.listning.contracts.xml.StrictXmlInput;
import se.listning.domain.api.Outcome;
import se.listning.domain.api.ResultCode;
import se.listning.domain.identity.CountyCode;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.ListingTypeCode;
import se.listning.domain.identity.PersonId;
import se.listning.domain.port.OtherRegions;
import se.listning.region.soap.CarelistingContract;
import se.listning.region.soap.PersonIdScrubber;

/**
 * The other regions through the service platform: typed CXF clients built from our own WSDLs, addressed to
 * {@code listning.platform.url} + the contract path, with the receiver's county code as LogicalAddress and this
 * system's HSA-id in x-rivta-original-serviceconsumer-hsaid. {@code listning.platform.direct.<county>} overrides
 * the platform for one county ("direct mode, no platform", used by the region-only tests).
 * <p>
 * Any SOAP fault (a region's own or the platform's VP faults), timeout or transport error is a
 * {@link RegionUnavailableException}. UpdateListing is sent once (the outbox resends it); GetListingCounty and
 * GetListing (the stale-notice question, {@link #isListedIn}) are idempotent reads, retried here with exponential
 * back-off. The clients use a bus of their own, so the
 * server-side interceptors of the region's bus never see outgoing calls. With {@code listning.platform.tls.bundle} set
 * (a Spring Boot SSL bundle), https calls present this system's client certificate and trust the bundle's CA.
 */
@Component
public class PlatformOtherRegions implements OtherRegions, DisposableBean {

    public static final String ORIGINAL_CONSUMER_HEADER = "x-rivta-original-serviceconsumer-hsaid";
    static final String ORGANISATION_OID = "1.2.752.129.2.1.4.1";
    private static final String NO_TEXT = "Den mottagande regionen angav ingen förklaring.";
    private static final Logger log = LoggerFactory.getLogger(PlatformOtherRegions.class);

    private final CrossCountyProperties.Platform platform;
    private final String systemHsaId;
    /** a bus of its own that refuses answers with undeclared entities instead of dropping them (StrictXmlInput) */
    private final Bus bus = StrictXmlInput.newBus();
    private final Map<String, Object> proxies = new ConcurrentHashMap<>();
    private final SSLContext sslContext;

    public PlatformOtherRegions(CrossCountyProperties properties, SslBundles sslBundles) {
        this.platform = properties.platform();
        this.systemHsaId = properties.systemHsaId();
        HsaId.of(systemHsaId); // fail at start-up on a malformed id
        // an unknown bundle name fails the start
        this.sslContext = platform.tls() != null && platform.tls().configured()
                ? sslBundles.getBundle(platform.tls().bundle()).createSslContext() : null;
    }

    @Override
    public Outcome updateListing(CountyCode receiver, PersonId person, CountyCode newListingCounty,
                                 CountyCode homeCounty, Optional<ListingTypeCode> listingType) {
        UpdateListingType request = new UpdateListingType();
        request.setPersonId(ii(person.root(), person.value()));
        request.setNewListingCounty(ii(CountyCode.OID, newListingCounty.code()));
        request.setHomeCounty(ii(CountyCode.OID, homeCounty.code()));
        listingType.ifPresent(t -> {
            CVType cv = new CVType();
            cv.setCode(t.code());
            cv.setCodeSystem(t.codeSystem());
            request.setListingType(cv);
        });
        UpdateListingResponderInterface port = port(CarelistingContract.UPDATE_LISTING, receiver,
                UpdateListingResponderInterface.class);
        UpdateListingResponseType response;
        try {
            response = port.updateListing(receiver.code(), request);
        } catch (RuntimeException e) {
            throw unavailable(CarelistingContract.UPDATE_LISTING, receiver, person, e);
        }
        if (response == null || response.getResultCode() == null) {
            throw new RegionUnavailableException("UpdateListing to " + receiver.code() + " answered without resultCode",
                    null);
        }
        ResultCode code = ResultCode.valueOf(response.getResultCode().name());
        String text = response.getResultText();
        return new Outcome(code, code == ResultCode.OK || (text != null && !text.isBlank()) ? text : NO_TEXT);
    }

    @Override
    public List<CountyCode> listingCounties(CountyCode homeCounty, PersonId person) {
        GetListingCountyType request = new GetListingCountyType();
        request.setActor(regionActor());
        request.setPersonId(ii(person.root(), person.value()));
        GetListingCountyResponderInterface port = port(CarelistingContract.GET_LISTING_COUNTY, homeCounty,
                GetListingCountyResponderInterface.class);
        GetListingCountyResponseType response = readWithRetries(CarelistingContract.GET_LISTING_COUNTY, homeCounty,
                person, () -> port.getListingCounty(homeCounty.code(), request));
        if (response == null || response.getResultCode() == null
                || response.getResultCode() == se.listning.contracts.carelisting.v2.ResultCodeEnum.ERROR) {
            // a logical error is not resent: the caller records it
            throw new IllegalStateException("GetListingCounty at " + homeCounty.code() + " answered "
                    + (response == null ? "nothing" : response.getResultCode() + ": "
                    + PersonIdScrubber.scrub(response.getResultText())));
        }
        List<CountyCode> counties = new ArrayList<>();
        for (IIType county : response.getListingCounties()) {
            if (county != null && county.getExtension() != null && CountyCode.isValid(county.getExtension().trim())) {
                counties.add(CountyCode.of(county.getExtension().trim()));
            }
        }
        return List.copyOf(counties);
    }

    @Override
    public boolean isListedIn(CountyCode county, PersonId person, ListingTypeCode type) {
        GetListingType request = new GetListingType();
        request.setActor(regionActor());
        request.setPersonId(ii(person.root(), person.value()));
        GetListingResponderInterface port = port(CarelistingContract.GET_LISTING, county,
                GetListingResponderInterface.class);
        GetListingResponseType response = readWithRetries(CarelistingContract.GET_LISTING, county, person,
                () -> port.getListing(county.code(), request));
        if (response == null || response.getResultCode() == null
                || response.getResultCode() == se.listning.contracts.carelisting.v2.ResultCodeEnum.ERROR) {
            // no usable answer: the caller cannot decide, so it is treated like an unreachable region
            throw new RegionUnavailableException("GetListing at " + county.code() + " answered "
                    + (response == null ? "nothing" : response.getResultCode() + ": "
                    + PersonIdScrubber.scrub(response.getResultText())), null);
        }
        return response.getListings().stream().anyMatch(l -> l != null && !l.isIsInQueue()
                && l.getListingType() != null && type.code().equals(l.getListingType().getCode()));
    }

    /** An idempotent read, retried with exponential back-off except after a permanent platform fault. */
    private <R> R readWithRetries(CarelistingContract contract, CountyCode receiver, PersonId person,
                                  Supplier<R> call) {
        int attempts = Math.max(1, platform.readAttempts());
        Duration wait = platform.readBackoff();
        for (int attempt = 1; ; attempt++) {
            try {
                return call.get();
            } catch (RuntimeException e) {
                RegionUnavailableException failure = unavailable(contract, receiver, person, e);
                if (attempt >= attempts || isPermanentPlatformFault(e)) {
                    throw failure;
                }
                sleep(wait);
                wait = wait.multipliedBy(2);
            }
        }
    }

    private ActorType regionActor() {
        ActorType actor = new ActorType();
        actor.setActorId(ii(ORGANISATION_OID, systemHsaId));
        actor.setActorType(ActorTypeEnum.REGION);
        return actor;
    }

    /** The base URL calls to this county go to: the direct route when configured, else the platform. */
    String baseUrl(CountyCode receiver) {
        String direct = platform.direct().get(receiver.code());
        String base = direct != null && !direct.isBlank() ? direct : platform.url();
        if (base == null || base.isBlank()) {
            throw new RegionUnavailableException("no route to county " + receiver.code()
                    + ": set listning.platform.url (or listning.platform.direct." + receiver.code() + ")", null);
        }
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    private <T> T port(CarelistingContract contract, CountyCode receiver, Class<T> type) {
        String address = baseUrl(receiver) + "/services" + contract.address();
        return type.cast(proxies.computeIfAbsent(contract.name() + " " + address, k -> create(contract, address, type)));
    }

    private <T> T create(CarelistingContract contract, String address, Class<T> type) {
        JaxWsProxyFactoryBean factory = new JaxWsProxyFactoryBean();
        factory.setBus(bus);
        factory.setServiceClass(type);
        factory.setWsdlLocation("classpath:" + contract.wsdlResource());
        factory.setServiceName(contract.serviceName());
        factory.setEndpointName(contract.portName());
        factory.setAddress(address);
        factory.getOutInterceptors().add(new HttpHeaderOnEveryRequest(ORIGINAL_CONSUMER_HEADER, systemHsaId));
        T proxy = type.cast(factory.create());
        Client client = ClientProxy.getClient(proxy);
        HTTPClientPolicy policy = new HTTPClientPolicy();
        policy.setConnectionTimeout(platform.connectTimeout().toMillis());
        policy.setReceiveTimeout(platform.receiveTimeout().toMillis());
        policy.setAllowChunking(false);
        HTTPConduit conduit = (HTTPConduit) client.getConduit();
        conduit.setClient(policy);
        if (sslContext != null) {
            TLSClientParameters tls = new TLSClientParameters();
            tls.setSslContext(sslContext);
            conduit.setTlsClientParameters(tls);
        }
        return proxy;
    }

    private static RegionUnavailableException unavailable(CarelistingContract contract, CountyCode receiver,
                                                          PersonId person, RuntimeException e) {
        String reason = PersonIdScrubber.scrub(rootMessage(e));
        log.warn("{} to county {} for {} failed: {}", contract.contractName(), receiver.code(), person.masked(), reason);
        return new RegionUnavailableException(contract.contractName() + " to county " + receiver.code()
                + " failed: " + reason, e);
    }

    private static String rootMessage(Throwable e) {
        String message = e.getClass().getSimpleName() + ": " + e.getMessage();
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            message = message + " (" + t.getClass().getSimpleName() + ": " + t.getMessage() + ")";
        }
        return message.length() > 500 ? message.substring(0, 500) + "..." : message;
    }

    /**
     * The platform's routing and authorisation faults (VP004 no route, VP007 not authorised) come from
     * configuration, not from a passing failure: resending the same read cannot succeed.
     */
    static boolean isPermanentPlatformFault(Throwable e) {
        // the fault string is the message of the client's fault exception (SOAPFaultException or CXF's SoapFault)
        for (Throwable t = e; t != null; t = t.getCause()) {
            String text = t.getMessage();
            if (text != null && (text.startsWith("VP004") || text.startsWith("VP007"))) {
                return true;
            }
        }
        return false;
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RegionUnavailableException("interrupted while waiting to retry", e);
        }
    }

    private static IIType ii(String root, String extension) {
        IIType ii = new IIType();
        ii.setRoot(root);
        ii.setExtension(extension);
        return ii;
    }

    @Override
    public void destroy() {
        bus.shutdown(false);
    }
}
