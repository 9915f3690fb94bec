package se.listning.region.staff;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import se.listning.region.config.RegionProperties;
import se.listning.region.staff.security.StaffAccess;
import se.listning.region.staff.security.StaffUser;
import se.listning.domain.identity.CountyCode;

/** Puts the signed-in user and the region's name in every staff page's model (for the header and menu). */
@ControllerAdvice(basePackages = "se.listning.region.staff")
public class StaffModel {

    private final StaffAccess access;
    private final String regionName;

    public StaffModel(StaffAccess access, RegionProperties properties) {
        this.access = access;
        this.regionName = CountyCode.of(properties.county()).regionName();
    }

    /** Null on the sign-in page. */
    @ModelAttribute("staffUser")
    public StaffUser staffUser() {
        try {
            return access.current();
        } catch (AccessDeniedException notSignedIn) {
            return null;
        }
    }

    @ModelAttribute("regionName")
    public String regionName() {
        return regionName;
    }
}
