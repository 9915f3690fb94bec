package se.listning.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Request bodies for one contract, built from persons and units sampled from the region's own
 * database (found through the embedded server's postmaster.pid, or --jdbc).
 */
final class Workload {

    private static final String NS = "urn:riv:supportprocess:logistics:carelisting:";
    private static final String PNR = "1.2.752.129.2.1.3.1";
    private static final String SAM = "1.2.752.129.2.1.3.3";

    record Call(String path, String soapAction, String body) {
    }

    private final Options options;
    private final List<String> persons;
    private final List<String> facilities;
    private final AtomicLong sequence = new AtomicLong();

    private Workload(Options options, List<String> persons, List<String> facilities) {
        this.options = options;
        this.persons = persons;
        this.facilities = facilities;
    }

    static Workload create(Options o) throws SQLException, IOException {
        boolean crossCounty = o.contract.equals("CrossCountyCreateListing");
        boolean create = crossCounty || o.contract.equals("CreateListing");
        // CreateListing needs adults with relistings left and units without a cap, so that every
        // request is a valid (re)listing; the read contracts take any resident. Cross-county: the
        // persons are residents of the home region, the units are the listing region's.
        String personQuery = create
                ? "select p.person_id from person p where p.resident and not p.deceased"
                + " and p.birth_date < current_date - interval '18 years'"
                + " and not exists (select 1 from relisting r where r.person_id = p.person_id)"
                + " order by md5(p.person_id) limit " + o.samplePersons
                : "select person_id from person where resident and not deceased"
                + " order by md5(person_id) limit " + o.samplePersons;
        List<String> persons = query(crossCounty ? jdbcUrl(o.homeDataDir, null) : jdbcUrl(o.dataDir, o.jdbcUrl), personQuery);
        List<String> facilities = query(jdbcUrl(o.dataDir, o.jdbcUrl),
                "select f.hsa_id from facility f where f.listable and f.max_listed is null"
                + " and not exists (select 1 from facility_listing_type t where t.facility_hsa_id = f.hsa_id)"
                + " order by f.hsa_id");
        if (persons.isEmpty() || facilities.isEmpty()) {
            throw new IllegalStateException("no sample persons or units found; is the region loaded?");
        }
        return new Workload(o, persons, facilities);
    }

    private static List<String> query(String jdbcUrl, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
             Statement s = c.createStatement()) {
            return column(s, sql);
        }
    }

    private static List<String> column(Statement s, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    private static String jdbcUrl(Path dataDir, String explicit) throws IOException {
        if (explicit != null) {
            return explicit;
        }
        Path pid = dataDir.resolve("pg").resolve("postmaster.pid");
        List<String> lines = Files.readAllLines(pid);
        // postmaster.pid: line 4 is the port the server listens on
        return "jdbc:postgresql://localhost:" + lines.get(3).trim() + "/postgres";
    }

    int size() {
        return persons.size();
    }

    Call next() {
        long n = sequence.getAndIncrement();
        String person = persons.get((int) (n % persons.size()));
        return switch (options.contract) {
            case "GetListing" -> call("GetListing", "<GetListing xmlns=\"" + responder("GetListing") + "\">"
                    + actor(person) + personId(person) + "</GetListing>");
            // the region's benchmark echo (listning.bench.echo=true): GetListing's contract, constant answer
            case "GetListingEcho" -> {
                Call real = call("GetListing", "<GetListing xmlns=\"" + responder("GetListing") + "\">"
                        + actor(person) + personId(person) + "</GetListing>");
                yield new Call(real.path().replace("/GetListing/", "/GetListingEcho/"), real.soapAction(), real.body());
            }
            case "GetListingCounty" -> call("GetListingCounty", "<GetListingCounty xmlns=\"" + responder("GetListingCounty") + "\">"
                    + actor(person) + personId(person) + "</GetListingCounty>");
            case "GetListingTypes" -> call("GetListingTypes",
                    "<GetListingTypes xmlns=\"" + responder("GetListingTypes") + "\"/>");
            case "GetAvailableHealthcareFacilities" -> call("GetAvailableHealthcareFacilities",
                    "<GetAvailableHealthcareFacilities xmlns=\"" + responder("GetAvailableHealthcareFacilities") + "\"/>");
            case "CreateListing", "CrossCountyCreateListing" -> {
                String facility = facilities.get((int) (n % facilities.size()));
                String counties = options.homeCounty == null ? ""
                        : county("homeCounty", options.homeCounty) + county("newListingCounty", options.county);
                yield call("CreateListing", "<CreateListing xmlns=\"" + responder("CreateListing") + "\">"
                        + actor(person) + personId(person)
                        + "<healthcareFacilityHSAId>" + facility + "</healthcareFacilityHSAId>"
                        + "<listingType><code xmlns=\"" + NS + "2\">PV</code>"
                        + "<codeSystem xmlns=\"" + NS + "2\">1.2.752.129.5.1.27</codeSystem></listingType>"
                        + counties + "</CreateListing>");
            }
            default -> throw new IllegalArgumentException("unsupported contract " + options.contract);
        };
    }

    private static String responder(String contract) {
        return NS + contract + "Responder:2";
    }

    private static String root(String person) {
        return Integer.parseInt(person.substring(6, 8)) > 60 ? SAM : PNR;
    }

    private static String actor(String person) {
        return "<actor><actorId xmlns=\"" + NS + "2\"><root>" + root(person) + "</root><extension>" + person
                + "</extension></actorId><actorType xmlns=\"" + NS + "2\">CITIZEN</actorType></actor>";
    }

    private static String county(String element, String code) {
        return "<" + element + "><root xmlns=\"" + NS + "2\">1.2.752.129.2.2.1.18</root><extension xmlns=\"" + NS
                + "2\">" + code + "</extension></" + element + ">";
    }

    private static String personId(String person) {
        return "<personId><root xmlns=\"" + NS + "2\">" + root(person) + "</root><extension xmlns=\"" + NS + "2\">"
                + person + "</extension></personId>";
    }

    private Call call(String contract, String payload) {
        String body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\">"
                + "<soapenv:Header><LogicalAddress xmlns=\"urn:riv:itintegration:registry:1\">" + options.county
                + "</LogicalAddress></soapenv:Header><soapenv:Body>" + payload + "</soapenv:Body></soapenv:Envelope>";
        return new Call("/services/supportprocess/logistics/carelisting/" + contract + "/2/rivtabp21",
                responder(contract) + ":" + contract, body);
    }
}
