package se.listning.citizen.web;

import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.listning.citizen.platform.ConnectedRegions;
import se.listning.citizen.vardval.Acting;
import se.listning.citizen.vardval.Doctor;
import se.listning.citizen.vardval.ListingOverviews;
import se.listning.citizen.vardval.ListingRequest;
import se.listning.citizen.vardval.ListingTypeKey;
import se.listning.citizen.vardval.ListingView;
import se.listning.citizen.vardval.UnitSearch;
import se.listning.domain.identity.CountyCode;

/**
 * Changes at the current unit that use no relisting: choose another fast läkarkontakt (CreateListing for the
 * unit where the person is listed, with the doctor) and leave a queue (flow 6: CreateListing for the queued
 * unit with addToQueue false).
 */
@Controller
class ChangeController {

    private final CurrentCitizen current;
    private final ListingOverviews overviews;
    private final UnitSearch search;
    private final ConnectedRegions connected;
    private final OnceOnlySubmissions submissions;
    private final Submitter submitter;

    ChangeController(CurrentCitizen current, ListingOverviews overviews, UnitSearch search,
                     ConnectedRegions connected, OnceOnlySubmissions submissions, Submitter submitter) {
        this.current = current;
        this.overviews = overviews;
        this.search = search;
        this.connected = connected;
        this.submissions = submissions;
        this.submitter = submitter;
    }

    @GetMapping("/lakare")
    String doctorPage(@RequestParam("region") String region, @RequestParam("enhet") String unit,
                      @RequestParam(name = "typ", required = false) String type, HttpSession session, Model model) {
        Acting acting = current.acting(session);
        ListingView listing = listing(acting, region, unit, type, false);
        showDoctors(model, acting, listing, submissions.issue(session), null);
        return "lakare";
    }

    @PostMapping("/lakare")
    String changeDoctor(@RequestParam("region") String region, @RequestParam("enhet") String unit,
                        @RequestParam(name = "typ", required = false) String type,
                        @RequestParam(name = "lakare", required = false) String doctorHsaId,
                        @RequestParam(name = "token", required = false) String token,
                        @RequestParam(name = "for", required = false) String forPerson,
                        HttpSession session, Model model, RedirectAttributes redirect) {
        Acting acting = current.acting(session);
        ListingView listing = listing(acting, region, unit, type, false);
        List<Doctor> doctors = search.doctors(acting, listing.county(), listing.unitHsaId(), listing.type());
        Optional<Doctor> doctor = doctorHsaId == null ? Optional.empty()
                : doctors.stream().filter(d -> d.hsaId().equalsIgnoreCase(doctorHsaId)).findFirst();
        if (doctor.isEmpty()) {
            showDoctors(model, acting, listing, token, "Välj en läkare i listan.");
            return "lakare";
        }
        ListingRequest request = new ListingRequest(ListingRequest.Intent.CHANGE_DOCTOR, listing.county(),
                listing.unitHsaId(), listing.unitName(), listing.type(), Optional.of(doctor.get().hsaId()),
                doctor.get().name(), false);
        return submitter.submit(session, token, forPerson, acting, request, redirect);
    }

    @GetMapping("/ko/lamna")
    String leaveQueuePage(@RequestParam("region") String region, @RequestParam("enhet") String unit,
                          @RequestParam(name = "typ", required = false) String type, HttpSession session, Model model) {
        Acting acting = current.acting(session);
        model.addAttribute("listing", listing(acting, region, unit, type, true));
        model.addAttribute("token", submissions.issue(session));
        return "lamna-ko";
    }

    @PostMapping("/ko/lamna")
    String leaveQueue(@RequestParam("region") String region, @RequestParam("enhet") String unit,
                      @RequestParam(name = "typ", required = false) String type,
                      @RequestParam(name = "token", required = false) String token,
                      @RequestParam(name = "for", required = false) String forPerson,
                      HttpSession session, RedirectAttributes redirect) {
        Acting acting = current.acting(session);
        ListingView place = listing(acting, region, unit, type, true);
        ListingRequest request = new ListingRequest(ListingRequest.Intent.LEAVE_QUEUE, place.county(),
                place.unitHsaId(), place.unitName(), place.type(), Optional.empty(), null, false);
        return submitter.submit(session, token, forPerson, acting, request, redirect);
    }

    /** The person's current listing (or queue place) at the unit, as the region reports it now. */
    private ListingView listing(Acting acting, String regionCode, String unit, String typeKey, boolean inQueue) {
        CountyCode region = Params.connectedRegion(regionCode, connected);
        ListingTypeKey type = Params.type(typeKey);
        return overviews.overview(acting).listings().stream()
                .filter(l -> l.county().equals(region) && l.unitHsaId().equalsIgnoreCase(Params.hsaId(unit))
                        && l.type().equals(type) && l.inQueue() == inQueue)
                .findFirst()
                .orElseThrow(() -> new BadRequestException(inQueue
                        ? "Du står inte i kö till den mottagningen." : "Du är inte listad på den mottagningen."));
    }

    private void showDoctors(Model model, Acting acting, ListingView listing, String token, String error) {
        if (!listing.supportsDoctorChoice()) {
            throw new BadRequestException("Mottagningen erbjuder inte val av fast läkarkontakt.");
        }
        model.addAttribute("listing", listing);
        model.addAttribute("doctors", search.doctors(acting, listing.county(), listing.unitHsaId(), listing.type()));
        model.addAttribute("token", token);
        model.addAttribute("error", error);
    }
}
