package se.listning.citizen.web;

import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.listning.citizen.vardval.Acting;
import se.listning.citizen.vardval.ListingRequest;
import se.listning.citizen.vardval.ListingRequests;

/** Sends a change once per form token and redirects to its receipt (post/redirect/get). */
@Component
class Submitter {

    private final OnceOnlySubmissions submissions;
    private final ListingRequests requests;

    Submitter(OnceOnlySubmissions submissions, ListingRequests requests) {
        this.submissions = submissions;
        this.requests = requests;
    }

    /**
     * @param forPerson the person the form was shown for: if the resident switched person in another window
     *                  since, nothing is sent
     */
    String submit(HttpSession session, String token, String forPerson, Acting acting, ListingRequest request,
                  RedirectAttributes redirect) {
        if (!acting.personId().value().equals(forPerson)) {
            redirect.addFlashAttribute("error", "Du har bytt person i ett annat fönster. Ingenting har skickats. "
                    + "Gör ditt val igen.");
            return "redirect:/";
        }
        if (submissions.submit(session, token, () -> requests.send(acting, request)).isEmpty()) {
            redirect.addFlashAttribute("error", "Formuläret har gått ut. Ingenting har skickats. Gör ditt val igen.");
            return "redirect:/";
        }
        return "redirect:/kvitto/" + token;
    }
}
