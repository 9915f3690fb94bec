package se.listning.citizen.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The information pages linked from the forms: terms and the care guarantee. */
@Controller
class InfoController {

    @GetMapping("/villkor")
    String terms() {
        return "villkor";
    }

    @GetMapping("/om-vardgarantin")
    String careGuarantee() {
        return "om-vardgarantin";
    }
}
