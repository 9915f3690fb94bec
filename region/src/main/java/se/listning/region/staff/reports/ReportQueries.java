package se.listning.region.staff.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.listning.domain.identity.CountyCode;
import se.listning.region.config.RegionProperties;

/**
 * The reports' aggregate queries (no person data leaves the database). Each groups through an index: active
 * listings per unit ({@code listing_active_facility}), listings elsewhere ({@code listing_active_elsewhere}),
 * visitors ({@code person_visitor}), relistings ({@code relisting_counted}), queues ({@code queue_order},
 * {@code queue_promoted}); see docs/staff-reports.md.
 */
@Repository
public class ReportQueries {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private final JdbcClient jdbc;
    private final String ownCounty;
    private final Clock clock;

    public ReportQueries(JdbcClient jdbc, RegionProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.ownCounty = CountyCode.of(properties.county()).code();
        this.clock = clock;
    }

    public List<ReportTable> report(ReportKind kind, ReportScope scope) {
        return switch (kind) {
            case LISTADE -> List.of(listed(scope));
            case UTOMLANS -> outOfCounty(scope);
            case OMLISTNINGAR -> List.of(relistings(scope));
            case KOER -> List.of(queues(scope));
            case LAKARKONTAKT -> List.of(doctorShare(scope));
        };
    }

    ReportTable listed(ReportScope scope) {
        List<List<String>> rows = new ArrayList<>();
        Map<String, Double> perUnit = new LinkedHashMap<>();
        jdbc.sql("""
                        with c as (select facility_hsa_id, code, code_system, count(*) as n from listing
                                   where active and facility_hsa_id is not null and %s
                                   group by facility_hsa_id, code, code_system)
                        select f.name, f.hsa_id, coalesce(t.display_name, c.code) as type, c.n
                        from c join facility f on f.hsa_id = c.facility_hsa_id
                        left join listing_type t on t.code = c.code and t.code_system = c.code_system
                        order by f.name, f.hsa_id, type""".formatted(scope.condition("facility_hsa_id")))
                .param("ids", scope.ids())
                .query(rs -> {
                    long n = rs.getLong("n");
                    rows.add(List.of(rs.getString("name"), rs.getString("hsa_id"), rs.getString("type"), Long.toString(n)));
                    perUnit.merge(rs.getString("name") + " (" + rs.getString("hsa_id") + ")", (double) n, Double::sum);
                });
        List<BarChart.Bar> bars = perUnit.entrySet().stream()
                .map(e -> new BarChart.Bar(e.getKey(), e.getValue(), integer(e.getValue()))).toList();
        return new ReportTable("Aktiva listningar per vårdcentral och listningstyp",
                List.of("Vårdcentral", "HSA-id", "Listningstyp", "Listade"), List.of(false, false, false, true), rows,
                BarChart.of("Listade per vårdcentral, alla listningstyper", bars, false), null);
    }

    List<ReportTable> outOfCounty(ReportScope scope) {
        List<ReportTable> tables = new ArrayList<>();
        if (scope.regionWide()) {
            tables.add(perCounty("Regionens invånare listade i andra regioner, per region",
                    "Listade i region", jdbc.sql("""
                            select listing_county as county, count(*) as n from listing
                            where active and facility_hsa_id is null and listing_county <> :own
                            group by listing_county order by n desc, listing_county""").param("own", ownCounty), null));
        }
        tables.add(perCounty(scope.regionWide() ? "Invånare i andra regioner listade hos oss, per hemregion"
                        : "Invånare i andra regioner listade på dina vårdcentraler, per hemregion", "Hemregion",
                jdbc.sql("""
                        select p.home_county as county, count(*) as n
                        from person p join listing l on l.person_id = p.person_id
                        where not p.resident and p.home_county <> :own
                          and l.active and l.facility_hsa_id is not null and %s
                        group by p.home_county order by n desc, p.home_county""".formatted(scope.condition("l.facility_hsa_id")))
                        .param("own", ownCounty).param("ids", scope.ids()),
                scope.regionWide() ? null : "Regionens invånare listade i andra regioner visas bara för vårdvalsbehörig."));
        return tables;
    }

    private ReportTable perCounty(String caption, String countyTitle, JdbcClient.StatementSpec query, String note) {
        List<List<String>> rows = new ArrayList<>();
        List<BarChart.Bar> bars = new ArrayList<>();
        query.query(rs -> {
            String county = countyName(rs.getString("county"));
            long n = rs.getLong("n");
            rows.add(List.of(county, rs.getString("county"), Long.toString(n)));
            bars.add(new BarChart.Bar(county, n, Long.toString(n)));
        });
        return new ReportTable(caption, List.of(countyTitle, "Länskod", "Listade"), List.of(false, false, true), rows,
                BarChart.of(caption, bars, true), note);
    }

    ReportTable relistings(ReportScope scope) {
        YearMonth last = YearMonth.now(clock);
        YearMonth first = last.minusMonths(23);
        Map<YearMonth, Long> counts = new LinkedHashMap<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            counts.put(m, 0L);
        }
        String sql = scope.regionWide() ? """
                select date_trunc('month', counted_at) as month, count(*) as n from relisting
                where counted_at >= :from group by 1"""
                : """
                select date_trunc('month', l.valid_from) as month, count(*) as n from listing l
                where l.facility_hsa_id = any(:ids) and l.valid_from >= :from
                  and exists (select 1 from relisting r where r.person_id = l.person_id and r.code = l.code
                              and r.code_system = l.code_system and r.counted_at = l.valid_from)
                group by 1""";
        jdbc.sql(sql).param("from", first.atDay(1).atStartOfDay()).param("ids", scope.ids())
                .query(rs -> {
                    YearMonth m = YearMonth.from(rs.getTimestamp("month").toLocalDateTime());
                    long n = rs.getLong("n");
                    counts.computeIfPresent(m, (k, v) -> v + n);
                });
        List<List<String>> rows = new ArrayList<>();
        List<BarChart.Bar> bars = new ArrayList<>();
        counts.forEach((m, n) -> {
            rows.add(List.of(m.toString(), Long.toString(n)));
            bars.add(new BarChart.Bar(m.toString(), n, Long.toString(n)));
        });
        String whose = scope.regionWide() ? "i regionen" : "till dina vårdcentraler";
        return new ReportTable("Omlistningar " + whose + " per månad, senaste 24 månaderna",
                List.of("Månad", "Omlistningar"), List.of(false, true), rows,
                BarChart.of("Omlistningar " + whose + " per månad", bars, true), null);
    }

    ReportTable queues(ReportScope scope) {
        LocalDate today = LocalDate.now(clock);
        Map<String, List<String>> byUnit = new LinkedHashMap<>();
        List<BarChart.Bar> bars = new ArrayList<>();
        jdbc.sql("""
                        with active as (
                            select facility_hsa_id, count(*) as n,
                                   percentile_cont(0.5) within group (order by (:today - queued_at::date)) as median,
                                   max(:today - queued_at::date) as longest
                            from queue_place where active and %1$s group by facility_hsa_id),
                        promoted as (
                            select facility_hsa_id, count(*) as promoted,
                                   avg(extract(epoch from left_at - queued_at) / 86400) as average
                            from queue_place where not active and leave_reason = 'PROMOTED' and left_at >= :since and %1$s
                            group by facility_hsa_id)
                        select f.name, f.hsa_id, coalesce(a.n, 0) as n, a.median, a.longest, p.promoted, p.average
                        from facility f
                        left join active a on a.facility_hsa_id = f.hsa_id
                        left join promoted p on p.facility_hsa_id = f.hsa_id
                        where (a.n is not null or p.promoted is not null)
                        order by f.name, f.hsa_id""".formatted(scope.condition("facility_hsa_id")))
                .param("today", today).param("since", today.minusMonths(12).atStartOfDay()).param("ids", scope.ids())
                .query(rs -> {
                    long n = rs.getLong("n");
                    String label = rs.getString("name") + " (" + rs.getString("hsa_id") + ")";
                    byUnit.put(rs.getString("hsa_id"), List.of(rs.getString("name"), rs.getString("hsa_id"),
                            Long.toString(n), decimal((Double) rs.getObject("median")),
                            rs.getObject("longest") == null ? "–" : Long.toString(rs.getLong("longest")),
                            rs.getObject("promoted") == null ? "0" : Long.toString(rs.getLong("promoted")),
                            decimal(rs.getObject("average") == null ? null : rs.getDouble("average"))));
                    bars.add(new BarChart.Bar(label, n, Long.toString(n)));
                });
        return new ReportTable("Köer per vårdcentral: antal i kö och väntan i dagar",
                List.of("Vårdcentral", "HSA-id", "I kö", "Median väntan (dagar)", "Längsta väntan (dagar)",
                        "Listade från kön senaste 12 mån", "Genomsnittlig väntan för dem (dagar)"),
                List.of(false, false, true, true, true, true, true), new ArrayList<>(byUnit.values()),
                BarChart.of("Antal i kö per vårdcentral", bars, false), null);
    }

    ReportTable doctorShare(ReportScope scope) {
        List<List<String>> rows = new ArrayList<>();
        List<BarChart.Bar> bars = new ArrayList<>();
        jdbc.sql("""
                        with c as (select facility_hsa_id, count(*) as total,
                                          count(*) filter (where doctor_hsa_id is not null) as with_doctor
                                   from listing where active and facility_hsa_id is not null and %s
                                   group by facility_hsa_id)
                        select f.name, f.hsa_id, c.total, c.with_doctor
                        from c join facility f on f.hsa_id = c.facility_hsa_id
                        order by f.name, f.hsa_id""".formatted(scope.condition("facility_hsa_id")))
                .param("ids", scope.ids())
                .query(rs -> {
                    long total = rs.getLong("total");
                    long with = rs.getLong("with_doctor");
                    double share = total == 0 ? 0 : 100.0 * with / total;
                    rows.add(List.of(rs.getString("name"), rs.getString("hsa_id"), Long.toString(total),
                            Long.toString(with), decimal(share)));
                    bars.add(new BarChart.Bar(rs.getString("name") + " (" + rs.getString("hsa_id") + ")", share,
                            decimal(share) + " %"));
                });
        return new ReportTable("Andel listade med fast läkarkontakt per vårdcentral",
                List.of("Vårdcentral", "HSA-id", "Listade", "Med fast läkarkontakt", "Andel (%)"),
                List.of(false, false, true, true, true), rows,
                BarChart.of("Andel med fast läkarkontakt (%)", bars, false), null);
    }

    private static String countyName(String code) {
        try {
            return CountyCode.of(code).regionName();
        } catch (RuntimeException unknown) {
            return "Län " + code;
        }
    }

    static String decimal(Double value) {
        return value == null ? "–" : String.format(SWEDISH, "%.1f", value);
    }

    private static String integer(double value) {
        return Long.toString(Math.round(value));
    }
}
