package se.listning.citizen.web;

import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.listning.citizen.platform.ConnectedRegions;
import se.listning.citizen.vardval.Acting;
import se.listning.citizen.vardval.ListingTypeKey;
import se.listning.citizen.vardval.UnitSearch;
import se.listning.citizen.vardval.UnitSearch.TypeOption;
import se.listning.citizen.vardval.UnitView;
import se.listning.domain.identity.CountyCode;

/**
 * "Välj/ändra vårdval" (flows 2–4, 7, 8): choose region (only those connected to the platform can be chosen),
 * type of vårdval (what this region offers this person), municipality and name; then a unit page with its
 * doctors when it offers a choice.
 */
@Controller
class ChoiceController {

    /** A region in the region list: connected ones can be chosen. */
    record RegionOption(CountyCode county, String name, boolean connected) {
    }

    private final CurrentCitizen current;
    private final UnitSearch search;
    private final ConnectedRegions connected;

    ChoiceController(CurrentCitizen current, UnitSearch search, ConnectedRegions connected) {
        this.current = current;
        this.search = search;
        this.connected = connected;
    }

    @GetMapping("/valj")
    String choose(@RequestParam(name = "region", required = false) String regionCode,
                  @RequestParam(name = "typ", required = false) String typeKey,
                  @RequestParam(name = "kommun", required = false) String municipality,
                  @RequestParam(name = "text", required = false) String text,
                  HttpSession session, Model model) {
        Acting acting = current.acting(session);
        ConnectedRegions.Snapshot snapshot = connected.current();
        CountyCode region = regionCode == null || regionCode.isBlank() ? acting.homeCounty() : Params.region(regionCode);
        model.addAttribute("regions", CountyCode.all().stream()
                .map(c -> new RegionOption(c, c.regionName(), snapshot.contains(c))).toList());
        model.addAttribute("regionsKnown", snapshot.known());
        model.addAttribute("region", region);
        model.addAttribute("text", text == null ? "" : text);
        model.addAttribute("municipality", municipality == null ? "" : municipality);
        if (!snapshot.contains(region)) {
            model.addAttribute("notConnected", true);
            return "valj";
        }
        List<TypeOption> types = search.types(acting, region);
        ListingTypeKey type = chosenType(typeKey, types);
        model.addAttribute("types", types);
        model.addAttribute("type", type);
        model.addAttribute("municipalities", search.municipalities(region));
        if (regionCode != null) { // the form was submitted: show the result
            Optional<String> kommun = Optional.ofNullable(municipality).filter(m -> !m.isBlank());
            List<UnitView> units = search.search(region, type, kommun, Optional.ofNullable(text));
            model.addAttribute("units", units);
            model.addAttribute("typeName", types.stream().filter(t -> t.key().equals(type)).map(TypeOption::name)
                    .findFirst().orElse(type.code()));
        }
        return "valj";
    }

    @GetMapping("/valj/enhet")
    String unit(@RequestParam("region") String regionCode, @RequestParam("enhet") String hsaId,
                @RequestParam(name = "typ", required = false) String typeKey, HttpSession session, Model model) {
        Acting acting = current.acting(session);
        CountyCode region = Params.connectedRegion(regionCode, connected);
        ListingTypeKey type = Params.type(typeKey);
        Optional<UnitView> unit = search.unit(region, Params.hsaId(hsaId));
        if (unit.isEmpty()) {
            throw new BadRequestException("Mottagningen går inte att välja längre.");
        }
        model.addAttribute("unit", unit.get());
        model.addAttribute("type", type);
        model.addAttribute("region", region);
        model.addAttribute("doctors", unit.get().supportsDoctorChoice()
                ? search.doctors(acting, region, unit.get().hsaId(), type) : List.of());
        return "enhet";
    }

    /** The type asked for if this region offers it to the person, else PV, else the first offered. */
    private static ListingTypeKey chosenType(String typeKey, List<TypeOption> types) {
        if (typeKey != null && !typeKey.isBlank()) {
            ListingTypeKey asked = Params.type(typeKey);
            if (types.stream().anyMatch(t -> t.key().equals(asked))) {
                return asked;
            }
        }
        return types.stream().map(TypeOption::key).filter(ListingTypeKey.PV::equals).findFirst()
                .orElse(types.isEmpty() ? ListingTypeKey.PV : types.get(0).key());
    }
}
