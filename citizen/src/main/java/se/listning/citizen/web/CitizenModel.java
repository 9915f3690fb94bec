package se.listning.citizen.web;

import jakarta.servlet.http.HttpSession;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in resident and whom they act for on every page (the header shows both). */
@ControllerAdvice(basePackages = "se.listning.citizen.web")
class CitizenModel {

    private final CurrentCitizen current;

    CitizenModel(CurrentCitizen current) {
        this.current = current;
    }

    @ModelAttribute
    void addCitizen(Model model, HttpSession session) {
        current.signedIn().ifPresent(citizen -> {
            model.addAttribute("signedIn", citizen.resident());
            model.addAttribute("signInMethod", citizen.method());
            model.addAttribute("acting", current.acting(session));
        });
    }
}
