package se.listning.citizen.web;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import se.listning.citizen.platform.RegionUnavailableException;
import se.listning.citizen.registers.RegisterUnavailableException;

/** Failures of a whole page as a Swedish page that says what could not be done and that nothing changed. */
@ControllerAdvice(basePackages = "se.listning.citizen.web")
class CitizenErrors {

    @ExceptionHandler(RegionUnavailableException.class)
    @ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
    String regionDown(RegionUnavailableException e, Model model) {
        model.addAttribute("heading", e.county().regionName() + " svarar inte just nu");
        model.addAttribute("message", "Vi kunde inte hämta uppgifterna från " + e.county().regionName()
                + ". Ingenting har ändrats. Försök igen om en stund.");
        return "fel";
    }

    @ExceptionHandler(RegisterUnavailableException.class)
    @ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
    String registerDown(Model model) {
        model.addAttribute("heading", "Folkbokföringen svarar inte just nu");
        model.addAttribute("message", "Vi kunde inte hämta dina uppgifter från folkbokföringen. Försök igen om en stund.");
        return "fel";
    }

    @ExceptionHandler(BadRequestException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badRequest(BadRequestException e, Model model) {
        model.addAttribute("heading", "Sidan kunde inte visas");
        model.addAttribute("message", e.getMessage() + " Börja om från sidan Vårdval.");
        return "fel";
    }
}
