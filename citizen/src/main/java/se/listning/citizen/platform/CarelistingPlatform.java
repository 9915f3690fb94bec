package se.listning.citizen.platform;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.cxf.Bus;
import org.apache.cxf.endpoint.Client;
import org.apache.cxf.frontend.ClientProxy;
import org.apache.cxf.jaxws.JaxWsProxyFactoryBean;
import org.apache.cxf.transport.http.HTTPConduit;
import org.apache.cxf.transports.http.configuration.HTTPClientPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import se.listning.citizen.config.CitizenProperties;
import se.listning.contracts.client.HttpHeaderOnEveryRequest;
import se.listning.contracts.carelisting.v2.ActorType;
import se.listning.contracts.carelisting.v2.ActorTypeEnum;
import se.listning.contracts.carelisting.v2.CVType;
import se.listning.contracts.carelisting.v2.HealthcareFacilityType;
import se.listning.contracts.carelisting.v2.HealthcarePersonnelType;
import se.listning.contracts.carelisting.v2.IIType;
import se.listning.contracts.carelisting.v2.ResultCodeEnum;
import se.listning.contracts.createlisting.CreateListingResponseType;
import se.listning.contracts.createlisting.CreateListingType;
import se.listning.contracts.createlisting.rivtabp21.CreateListingResponderInterface;
import se.listning.contracts.getavailablehealthcarefacilities.GetAvailableHealthcareFacilitiesResponseType;
import se.listning.contracts.getavailablehealthcarefacilities.GetAvailableHealthcareFacilitiesType;
import se.listning.contracts.getavailablehealthcarefacilities.rivtabp21.GetAvailableHealthcareFacilitiesResponderInterface;
import se.listning.contracts.getavailablehealthcarepersonnel.GetAvailableHealthcarePersonnelResponseType;
import se.listning.contracts.getavailablehealthcarepersonnel.GetAvailableHealthcarePersonnelType;
import se.listning.contracts.getavailablehealthcarepersonnel.rivtabp21.GetAvailableHealthcarePersonnelResponderInterface;
import se.listning.contracts.getlisting.GetListingResponseType;
import se.listning.contracts.getlisting.GetListingType;
import se.listning.contracts.getlisting.rivtabp21.GetListingResponderInterface;
import se.listning.contracts.getlistingcounty.GetListingCountyResponseType;
import se.listning.contracts.getlistingcounty.GetListingCountyType;
import se.listning.contracts.getlistingcounty.rivtabp21.GetListingCountyResponderInterface;
import se.listning.contracts.getlistingtypes.GetListingTypesResponseType;
import se.listning.contracts.getlistingtypes.GetListingTypesType;
import se.listning.contracts.getlistingtypes.rivtabp21.GetListingTypesResponderInterface;
import se.listning.contracts.xml.StrictXmlInput;
import se.listning.domain.identity.CountyCode;
import se.listning.domain.identity.PersonId;

/**
 * The regions as the e-service sees them: typed CXF clients of our own WSDLs, every call sent to the platform
 * with the region's county code as LogicalAddress and this e-service's HSA-id in {@code x-vp-sender-id}.
 * Nothing is retried here: reads are cheap to repeat by reloading a page, and CreateListing must never be sent
 * twice. Every failure (down, timeout, SOAP fault, answer without resultCode) is a
 * {@link RegionUnavailableException}; business outcomes are returned as the contract's answer.
 */
@Component
public class CarelistingPlatform implements DisposableBean {

    static final String SENDER_ID_HEADER = "x-vp-sender-id";
    private static final Logger log = LoggerFactory.getLogger(CarelistingPlatform.class);

    private final CitizenProperties properties;
    /** a bus of its own that refuses answers with undeclared entities instead of dropping them (StrictXmlInput) */
    private final Bus bus = StrictXmlInput.newBus();
    private final Map<Contract, Object> proxies = new ConcurrentHashMap<>();

    public CarelistingPlatform(CitizenProperties properties) {
        this.properties = properties;
        properties.platformBase(); // fail at start-up when the platform is not configured
    }

    /** The regions where the person has an active listing, asked of the home region (flow 1a/1b step 4). */
    public List<CountyCode> listingCounties(CountyCode home, Actor actor, PersonId person) {
        GetListingCountyType request = new GetListingCountyType();
        request.setActor(actor.contractActorType());
        request.setPersonId(ii(person.root(), person.value()));
        GetListingCountyResponseType answer = call(Contract.GET_LISTING_COUNTY, home, false,
                () -> port(Contract.GET_LISTING_COUNTY, GetListingCountyResponderInterface.class)
                        .getListingCounty(home.code(), request));
        requireResult(home, answer.getResultCode(), answer.getResultText());
        return answer.getListingCounties().stream()
                .map(IIType::getExtension)
                .filter(c -> c != null && CountyCode.isValid(c.trim()))
                .map(c -> CountyCode.of(c.trim()))
                .distinct()
                .toList();
    }

    /** The person's listings and queue places in one region (flow 1a/1b step 5). */
    public GetListingResponseType listing(CountyCode county, Actor actor, PersonId person) {
        GetListingType request = new GetListingType();
        request.setActor(actor.contractActorType());
        request.setPersonId(ii(person.root(), person.value()));
        GetListingResponseType answer = call(Contract.GET_LISTING, county, false,
                () -> port(Contract.GET_LISTING, GetListingResponderInterface.class).getListing(county.code(), request));
        requireResult(county, answer.getResultCode(), answer.getResultText());
        return answer;
    }

    /** The listing types the region offers this person (GetListingTypes with personId and homeCountyCode). */
    public List<CVType> listingTypes(CountyCode county, PersonId person, CountyCode home) {
        GetListingTypesType request = new GetListingTypesType();
        request.setPersonId(ii(person.root(), person.value()));
        request.setHomeCountyCode(ii(CountyCode.OID, home.code()));
        GetListingTypesResponseType answer = call(Contract.GET_LISTING_TYPES, county, false,
                () -> port(Contract.GET_LISTING_TYPES, GetListingTypesResponderInterface.class)
                        .getListingTypes(county.code(), request));
        requireResult(county, answer.getResultCode(), answer.getResultText());
        return List.copyOf(answer.getListingTypes());
    }

    /** Listable units of the region, optionally of one listing type and/or only the given HSA-ids. */
    public List<HealthcareFacilityType> facilities(CountyCode county, Optional<CVType> type, List<String> hsaIds) {
        GetAvailableHealthcareFacilitiesType request = new GetAvailableHealthcareFacilitiesType();
        type.ifPresent(t -> request.getListingTypes().add(cv(t)));
        request.getHealthcareFacilities().addAll(hsaIds);
        GetAvailableHealthcareFacilitiesResponseType answer = call(Contract.GET_AVAILABLE_HEALTHCARE_FACILITIES, county,
                false, () -> port(Contract.GET_AVAILABLE_HEALTHCARE_FACILITIES,
                        GetAvailableHealthcareFacilitiesResponderInterface.class)
                        .getAvailableHealthcareFacilities(county.code(), request));
        requireResult(county, answer.getResultCode(), answer.getResultText());
        return List.copyOf(answer.getHealthcareFacilities());
    }

    /** The doctors the person may choose at one unit. */
    public List<HealthcarePersonnelType> personnel(CountyCode county, PersonId person, String unit, Optional<CVType> type) {
        GetAvailableHealthcarePersonnelType request = new GetAvailableHealthcarePersonnelType();
        request.setPersonId(ii(person.root(), person.value()));
        request.setHealthcareFacilityHSAId(unit);
        type.ifPresent(t -> request.getListingTypes().add(cv(t)));
        GetAvailableHealthcarePersonnelResponseType answer = call(Contract.GET_AVAILABLE_HEALTHCARE_PERSONNEL, county,
                false, () -> port(Contract.GET_AVAILABLE_HEALTHCARE_PERSONNEL,
                        GetAvailableHealthcarePersonnelResponderInterface.class)
                        .getAvailableHealthcarePersonnel(county.code(), request));
        requireResult(county, answer.getResultCode(), answer.getResultText());
        return List.copyOf(answer.getHealthcarePersonnel());
    }

    /** Sends one CreateListing, exactly once; the answer's resultCode is the outcome. */
    public CreateListingResponseType createListing(CountyCode county, CreateListingType request) {
        CreateListingResponseType answer = call(Contract.CREATE_LISTING, county, true,
                () -> port(Contract.CREATE_LISTING, CreateListingResponderInterface.class)
                        .createListing(county.code(), request));
        if (answer.getResultCode() == null) {
            throw new RegionUnavailableException(county, "CreateListing answered without resultCode", true, null);
        }
        return answer;
    }

    public static IIType ii(String root, String extension) {
        IIType ii = new IIType();
        ii.setRoot(root);
        ii.setExtension(extension);
        return ii;
    }

    /** A copy with only code and codeSystem: the pair the producer filters on. */
    public static CVType cv(CVType type) {
        CVType copy = new CVType();
        copy.setCode(type.getCode());
        copy.setCodeSystem(type.getCodeSystem());
        return copy;
    }

    /** Who acts: the resident (CITIZEN) or a guardian for a child (GUARDIAN); identified by personnummer. */
    public record Actor(PersonId id, boolean guardian) {
        public ActorType contractActorType() {
            ActorType actor = new ActorType();
            actor.setActorId(ii(id.root(), id.value()));
            actor.setActorType(guardian ? ActorTypeEnum.GUARDIAN : ActorTypeEnum.CITIZEN);
            return actor;
        }
    }

    private interface Call<T> {
        T run();
    }

    private <T> T call(Contract contract, CountyCode county, boolean write, Call<T> call) {
        T answer;
        try {
            answer = call.run();
        } catch (RuntimeException e) {
            boolean timeout = causedBy(e, SocketTimeoutException.class) || causedBy(e, HttpTimeoutException.class);
            boolean notSent = causedBy(e, ConnectException.class);
            log.warn("{} to county {} failed: {}", contract.contractName, county.code(), summary(e));
            throw new RegionUnavailableException(county, contract.contractName + " to " + county.code() + " failed",
                    write && timeout && !notSent, e);
        }
        if (answer == null) {
            throw new RegionUnavailableException(county, contract.contractName + " gave no answer", write, null);
        }
        return answer;
    }

    private static void requireResult(CountyCode county, ResultCodeEnum code, String text) {
        if (code == null) {
            throw new RegionUnavailableException(county, "answer without resultCode", false, null);
        }
        if (code == ResultCodeEnum.ERROR) {
            throw new RegionUnavailableException(county, "answered ERROR: " + text, false, null);
        }
    }

    private <T> T port(Contract contract, Class<T> type) {
        return type.cast(proxies.computeIfAbsent(contract, c -> create(c, type)));
    }

    private Object create(Contract contract, Class<?> type) {
        JaxWsProxyFactoryBean factory = new JaxWsProxyFactoryBean();
        factory.setBus(bus);
        factory.setServiceClass(type);
        factory.setWsdlLocation(contract.wsdlResource());
        factory.setServiceName(contract.serviceName());
        factory.setEndpointName(contract.portName());
        factory.setAddress(properties.platformBase() + contract.path());
        factory.getOutInterceptors().add(new HttpHeaderOnEveryRequest(SENDER_ID_HEADER, properties.consumerHsaId()));
        Object proxy = factory.create();
        Client client = ClientProxy.getClient(proxy);
        HTTPClientPolicy policy = new HTTPClientPolicy();
        policy.setConnectionTimeout(properties.connectTimeout().toMillis());
        policy.setReceiveTimeout(properties.receiveTimeout().toMillis());
        policy.setAllowChunking(false);
        ((HTTPConduit) client.getConduit()).setClient(policy);
        return proxy;
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String summary(Throwable e) {
        StringBuilder text = new StringBuilder(e.getClass().getSimpleName()).append(": ").append(e.getMessage());
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            text.append(" (").append(t.getClass().getSimpleName()).append(": ").append(t.getMessage()).append(')');
        }
        // a fault text may quote the request: never log a personnummer in clear
        String scrubbed = text.toString().replaceAll("\\b(\\d{8})\\d{4}\\b", "$1****");
        return scrubbed.length() > 400 ? scrubbed.substring(0, 400) + "..." : scrubbed;
    }

    @Override
    public void destroy() {
        bus.shutdown(false);
    }
}
