package se.listning.citizen.web;

import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.listning.citizen.vardval.Acting;
import se.listning.citizen.vardval.ListingOverviews;

/** "Vårdval": where the person is listed and queued in every region, and the switch to act for a child. */
@Controller
class StartController {

    private final CurrentCitizen current;
    private final ListingOverviews overviews;

    StartController(CurrentCitizen current, ListingOverviews overviews) {
        this.current = current;
        this.overviews = overviews;
    }

    @GetMapping("/")
    String start(HttpSession session, Model model) {
        Acting acting = current.acting(session);
        model.addAttribute("overview", overviews.overview(acting));
        return "start";
    }

    @PostMapping("/agera-for")
    String actFor(@RequestParam(name = "person", required = false) String who, HttpSession session,
                  RedirectAttributes redirect) {
        if (who == null || !current.switchTo(session, who)) {
            redirect.addFlashAttribute("error", "Du kan bara agera för dig själv och för barn som du är vårdnadshavare för.");
        }
        return "redirect:/";
    }
}
