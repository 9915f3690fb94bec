package se.listning.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The carelisting contracts as the e-service (consumer SE-CONSUMER-001) or a region sends them through
 * the platform: plain SOAP 1.1 text over HTTP, the way the national suites write it.
 */
final class Soap {

    static final String PNR = "1.2.752.129.2.1.3.1";
    static final String COUNTY = "1.2.752.129.2.2.1.18";
    static final String NATIONAL = "1.2.752.129.5.1.27";

    /** A contract's answer: the raw XML and its resultCode. */
    record Answer(int status, String xml) {
        String resultCode() {
            Matcher m = Pattern.compile("resultCode>([A-Z_]+)<").matcher(xml);
            return m.find() ? m.group(1) : "(none: HTTP " + status + ")";
        }

        List<String> counties() {
            List<String> counties = new ArrayList<>();
            Matcher m = Pattern.compile("listingCounties>.*?extension>(\\d\\d)<", Pattern.DOTALL).matcher(xml);
            while (m.find()) {
                counties.add(m.group(1));
            }
            return counties;
        }

        /** Units where the person has an active listing (not queue places). */
        List<String> listedAt() {
            List<String> units = new ArrayList<>();
            Matcher m = Pattern.compile("<(?:\\w+:)?listings>(.*?)</(?:\\w+:)?listings>", Pattern.DOTALL).matcher(xml);
            while (m.find()) {
                String listing = m.group(1);
                Matcher id = Pattern.compile("healthcareFacility>.*?<(?:\\w+:)?id>([^<]+)</", Pattern.DOTALL).matcher(listing);
                if (listing.contains("isInQueue>false<") && id.find()) {
                    units.add(id.group(1));
                }
            }
            return units;
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String platformUrl;

    Soap(String platformUrl) {
        this.platformUrl = platformUrl;
    }

    Answer call(String contract, String logicalAddress, String sender, String body) {
        String namespace = "urn:riv:supportprocess:logistics:carelisting:" + contract + "Responder:2";
        String envelope = """
                <?xml version="1.0" encoding="UTF-8"?>
                <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" \
                xmlns:itr="urn:riv:itintegration:registry:1" xmlns:core="urn:riv:supportprocess:logistics:carelisting:2" \
                xmlns:r="%s">
                  <soapenv:Header><itr:LogicalAddress>%s</itr:LogicalAddress></soapenv:Header>
                  <soapenv:Body><r:%s>%s</r:%s></soapenv:Body>
                </soapenv:Envelope>
                """.formatted(namespace, logicalAddress, contract, body, contract);
        HttpRequest request = HttpRequest.newBuilder(URI.create(platformUrl
                        + "/services/supportprocess/logistics/carelisting/" + contract + "/2/rivtabp21"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "text/xml; charset=UTF-8")
                .header("SOAPAction", "\"" + namespace + ":" + contract + "\"")
                .header("x-vp-sender-id", sender)
                .POST(HttpRequest.BodyPublishers.ofString(envelope))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Answer citizen(String contract, String county, String body) {
        return call(contract, county, FederationConfig.CONSUMER, body);
    }

    Answer createListing(String county, String person, String unit, String homeCounty) {
        return citizen("CreateListing", county, actor(person) + ii("personId", PNR, person)
                + "<r:healthcareFacilityHSAId>" + unit + "</r:healthcareFacilityHSAId>" + pv()
                + (homeCounty.equals(county) ? "" : ii("homeCounty", COUNTY, homeCounty) + ii("newListingCounty", COUNTY, county)));
    }

    /** CreateListing with addToQueue: a queue place when the unit is full (flow 4). */
    Answer queueAt(String county, String person, String unit, String homeCounty) {
        return citizen("CreateListing", county, actor(person) + ii("personId", PNR, person)
                + "<r:healthcareFacilityHSAId>" + unit + "</r:healthcareFacilityHSAId>" + pv() + "<r:addToQueue>true</r:addToQueue>"
                + (homeCounty.equals(county) ? "" : ii("homeCounty", COUNTY, homeCounty) + ii("newListingCounty", COUNTY, county)));
    }

    Answer getListingCounty(String county, String person) {
        return citizen("GetListingCounty", county, actor(person) + ii("personId", PNR, person));
    }

    Answer getListing(String county, String person) {
        return citizen("GetListing", county, actor(person) + ii("personId", PNR, person));
    }

    /** UpdateListing as region {@code fromCounty}'s listing system sends it. */
    Answer updateListing(String receiver, String fromCounty, String person, String newListingCounty, String homeCounty) {
        return call("UpdateListing", receiver, FederationConfig.regionSystemHsaId(fromCounty),
                ii("personId", PNR, person) + ii("newListingCounty", COUNTY, newListingCounty) + ii("homeCounty", COUNTY, homeCounty));
    }

    static String actor(String person) {
        return "<r:actor><core:actorId><core:root>" + PNR + "</core:root><core:extension>" + person
                + "</core:extension></core:actorId><core:actorType>CITIZEN</core:actorType></r:actor>";
    }

    static String ii(String element, String root, String extension) {
        return "<r:" + element + "><core:root>" + root + "</core:root><core:extension>" + extension
                + "</core:extension></r:" + element + ">";
    }

    static String pv() {
        return "<r:listingType><core:code>PV</core:code><core:codeSystem>" + NATIONAL + "</core:codeSystem></r:listingType>";
    }
}
