package vn.gov.cchc.portal.document.internal;

import java.time.LocalDate;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The {@code demo} profile's register of signers: invented people (docs/demo-data.md), so that no real official is
 * named as the signer of a document the sources never mention — the Chánh Văn phòng who signs the demo's briefs, a
 * Phó Chánh Văn phòng who signs inspection notices, and a predecessor whose term ended before the demo's documents.
 */
@Component
@Profile("demo")
@Order(5)
class DemoSigners implements ApplicationRunner {

    static final String CHIEF = "Đỗ Quang Thịnh";
    static final String DEPUTY = "Hồ Thị Lan";

    private final SignerRepository signers;

    DemoSigners(SignerRepository signers) {
        this.signers = signers;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (signers.count() > 0) {
            return;
        }
        signers.save(new SignerEntry("Lý Văn Sơn", "Chánh Văn phòng", LocalDate.of(2016, 7, 1), LocalDate.of(2021, 5, 31)));
        signers.save(new SignerEntry(CHIEF, "Chánh Văn phòng", LocalDate.of(2021, 6, 1), null));
        signers.save(new SignerEntry(DEPUTY, "Phó Chánh Văn phòng", LocalDate.of(2022, 3, 1), null));
    }
}
