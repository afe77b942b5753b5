package vn.gov.cchc.portal.architecture;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import vn.gov.cchc.portal.PortalApplication;

class ModularityTest {

    @Test
    void modules_only_use_each_others_api_and_have_no_cycles() {
        ApplicationModules.of(PortalApplication.class).verify();
    }
}
