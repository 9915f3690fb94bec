package se.listning.citizen.web;

import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.listning.citizen.platform.ConnectedRegions;
import se.listning.citizen.vardval.Acting;
import se.listning.citizen.vardval.Doctor;
import se.listning.citizen.vardval.ListingOverviews;
import se.listning.citizen.vardval.ListingRequest;
import se.listning.citizen.vardval.ListingTypeKey;
import se.listning.citizen.vardval.ListingView;
import se.listning.citizen.vardval.Overview;
import se.listning.citizen.vardval.Receipt;
import se.listning.citizen.vardval.UnitSearch;
import se.listning.citizen.vardval.UnitView;
import se.listning.domain.identity.CountyCode;

/**
 * "Ändra mitt vårdval": the choice summarised with the relistings left, the terms to accept, for another region
 * the consent to exchange listing information and the care-guarantee confirmation (spec 5.8), the queue choice
 * at a full unit; then one CreateListing and the receipt.
 */
@Controller
class ConfirmController {

    private final CurrentCitizen current;
    private final UnitSearch search;
    private final ListingOverviews overviews;
    private final ConnectedRegions connected;
    private final OnceOnlySubmissions submissions;
    private final Submitter submitter;

    ConfirmController(CurrentCitizen current, UnitSearch search, ListingOverviews overviews,
                      ConnectedRegions connected, OnceOnlySubmissions submissions, Submitter submitter) {
        this.current = current;
        this.search = search;
        this.overviews = overviews;
        this.connected = connected;
        this.submissions = submissions;
        this.submitter = submitter;
    }

    /** What the resident is about to choose, read fresh from the region. */
    record Choice(CountyCode region, UnitView unit, ListingTypeKey type, String typeName, Optional<Doctor> doctor) {
    }

    @GetMapping("/valj/bekrafta")
    String confirm(@RequestParam("region") String regionCode, @RequestParam("enhet") String hsaId,
                   @RequestParam(name = "typ", required = false) String typeKey,
                   @RequestParam(name = "lakare", required = false) String doctorHsaId,
                   HttpSession session, Model model) {
        Acting acting = current.acting(session);
        Choice choice = choice(acting, regionCode, hsaId, typeKey, doctorHsaId, false);
        show(model, acting, choice, submissions.issue(session), Map.of(), false, false, false);
        return "bekrafta";
    }

    @PostMapping("/valj/bekrafta")
    String send(@RequestParam("region") String regionCode, @RequestParam("enhet") String hsaId,
                @RequestParam(name = "typ", required = false) String typeKey,
                @RequestParam(name = "lakare", required = false) String doctorHsaId,
                @RequestParam(name = "token", required = false) String token,
                @RequestParam(name = "for", required = false) String forPerson,
                @RequestParam(name = "villkor", required = false) String terms,
                @RequestParam(name = "samtycke", required = false) String consent,
                @RequestParam(name = "ko", required = false) String queue,
                @RequestParam(name = "vardgaranti", required = false) String guarantee,
                HttpSession session, Model model, RedirectAttributes redirect) {
        Acting acting = current.acting(session);
        Choice choice = choice(acting, regionCode, hsaId, typeKey, doctorHsaId, true);
        boolean otherRegion = !choice.region().equals(acting.homeCounty());
        Map<String, String> errors = new LinkedHashMap<>();
        if (choice.unit().hasQueue() && !"ja".equals(queue)) {
            errors.put("ko", "Mottagningen är full. Kryssa i att du vill ställa dig i kö, eller välj en annan mottagning.");
        }
        if (otherRegion && !"ja".equals(consent)) {
            errors.put("samtycke", "Du behöver samtycka till att regionerna får utbyta listningsinformation.");
        }
        if (!"ja".equals(terms)) {
            errors.put("villkor", "Du behöver godkänna villkoren.");
        }
        if (!errors.isEmpty() || (otherRegion && !"ja".equals(guarantee))) {
            // errors: the form again with an error summary; else the care-guarantee confirmation dialog first
            show(model, acting, choice, token, errors, "ja".equals(terms), "ja".equals(consent), "ja".equals(queue));
            return errors.isEmpty() ? "vardgaranti" : "bekrafta";
        }
        ListingRequest request = new ListingRequest(ListingRequest.Intent.CHOOSE, choice.region(), choice.unit().hsaId(),
                choice.unit().name(), choice.type(), choice.doctor().map(Doctor::hsaId),
                choice.doctor().map(Doctor::name).orElse(null), choice.unit().hasQueue());
        return submitter.submit(session, token, forPerson, acting, request, redirect);
    }

    @GetMapping("/kvitto/{token}")
    String receipt(@PathVariable("token") String token, HttpSession session, Model model) {
        Receipt receipt = submissions.receipt(session, token)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("receipt", receipt);
        return "kvitto";
    }

    /**
     * @param submitting a doctor no longer offered is kept when submitting: the region is the referee and says
     *                   why (age limit, not choosable), which the receipt then shows
     */
    private Choice choice(Acting acting, String regionCode, String hsaId, String typeKey, String doctorHsaId,
                          boolean submitting) {
        CountyCode region = Params.connectedRegion(regionCode, connected);
        ListingTypeKey type = Params.type(typeKey);
        UnitView unit = search.unit(region, Params.hsaId(hsaId))
                .orElseThrow(() -> new BadRequestException("Mottagningen går inte att välja längre."));
        Optional<Doctor> doctor = Optional.empty();
        if (doctorHsaId != null && !doctorHsaId.isBlank()) {
            String id = Params.hsaId(doctorHsaId);
            doctor = search.doctors(acting, region, unit.hsaId(), type).stream()
                    .filter(d -> d.hsaId().equalsIgnoreCase(id)).findFirst();
            if (doctor.isEmpty() && submitting) {
                doctor = Optional.of(new Doctor(id, "den valda läkaren", null));
            } else if (doctor.isEmpty()) {
                throw new BadRequestException("Läkaren går inte att välja på mottagningen.");
            }
        }
        String typeName = search.types(acting, region).stream().filter(t -> t.key().equals(type))
                .map(UnitSearch.TypeOption::name).findFirst()
                .orElseThrow(() -> new BadRequestException("Typen av vårdval finns inte att välja i regionen."));
        return new Choice(region, unit, type, typeName, doctor);
    }

    private void show(Model model, Acting acting, Choice choice, String token, Map<String, String> errors,
                      boolean terms, boolean consent, boolean queue) {
        Overview overview = overviews.overview(acting);
        List<CountyCode> informed = new ArrayList<>();
        overview.active().stream().map(ListingView::county)
                .filter(c -> !c.equals(choice.region()) && !c.equals(acting.homeCounty()) && !informed.contains(c))
                .forEach(informed::add);
        model.addAttribute("choice", choice);
        model.addAttribute("otherRegion", !choice.region().equals(acting.homeCounty()));
        model.addAttribute("thirdRegions", informed);
        model.addAttribute("current", overview.active().stream().filter(l -> l.type().equals(choice.type())).toList());
        model.addAttribute("remaining", overview.remainingChanges());
        model.addAttribute("overview", overview);
        model.addAttribute("token", token);
        model.addAttribute("errors", errors);
        model.addAttribute("terms", terms);
        model.addAttribute("consent", consent);
        model.addAttribute("queue", queue);
    }
}
