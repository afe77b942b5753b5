package vn.gov.cchc.portal.indicator.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.cchc.portal.agency.AgencyFilter;
import vn.gov.cchc.portal.agency.AgencyGroup;
import vn.gov.cchc.portal.agency.AgencyService;
import vn.gov.cchc.portal.agency.AgencySummary;
import vn.gov.cchc.portal.common.DemoPeople;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.indicator.IndexFramework;
import vn.gov.cchc.portal.indicator.IndexPublication;
import vn.gov.cchc.portal.indicator.IndexScores;
import vn.gov.cchc.portal.indicator.IndicatorLevel;
import vn.gov.cchc.portal.indicator.PeriodKind;
import vn.gov.cchc.portal.indicator.ReportedValue;
import vn.gov.cchc.portal.security.SystemAuthentication;

/**
 * The {@code demo} profile's reporting rounds, with the figures the sources publish (indicators.md §3) entered as the
 * agencies reported them: the nation's first quarter of 2023 (seed 001, every level) and first half (seed 000)
 * through the Government Office, the national reporter (accepted); Cao Bằng's 2022 (seed 002, accepted with a note:
 * it gives two different counts of its services on the national portal); and Bình Thuận's 2023 (submitted and
 * waiting: its district rate is not its counts and its levels do not add up — see docs/demo-data.md).
 */
@Component
@Profile("demo")
@Order(25)
class DemoIndicators implements ApplicationRunner {

    private static final Set<String> DOSSIERS = new LinkedHashSet<>(List.of("TTHC_IN_FORCE", "TTHC_PUBLISHED",
            "TTHC_LINKED_SAME", "TTHC_LINKED_LEVELS", "DVC_NATIONAL", "HS_RESOLVED", "HS_ON_TIME", "HS_LATE",
            "RATE_ON_TIME", "RATE_LATE", "RATE_ONLINE", "DOCS_LEGAL", "UNITS", "RATE_E_DOCS", "DVC_PROVINCIAL",
            "DVC_NATIONAL_L34", "RATE_PROCESSED_ONLINE"));

    /** What seed 000 reports of the first half of 2023, nationally. */
    private static final Set<String> FIRST_HALF = new LinkedHashSet<>(List.of("DOCS_DIRECTION", "RATE_E_RESULTS",
            "RATE_DIGITISED", "PORTALS_MERGED", "PORTALS_IN_SCOPE", "RATE_PORTALS_MERGED", "NP_ACCOUNTS", "NP_SYNCED",
            "NP_UTILITIES", "NP_ONLINE_DOSSIERS", "PAY_ONLINE", "PAY_ONLINE_VND", "LAWS_PASSED", "BIZ_RULES_PM",
            "BIZ_RULES_DOCS", "BIZ_RULES_AMENDED"));

    private final ReportingRoundRepository rounds;
    private final IndicatorReportRepository reports;
    private final AgencyService agencies;
    private final IndexRecords indices;
    private final TransactionTemplate transactions;

    DemoIndicators(ReportingRoundRepository rounds, IndicatorReportRepository reports, AgencyService agencies,
            IndexRecords indices, TransactionTemplate transactions) {
        this.indices = indices;
        this.rounds = rounds;
        this.reports = reports;
        this.agencies = agencies;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (rounds.count() > 0) {
            return;
        }
        SystemAuthentication.runAsSystem(() -> transactions.executeWithoutResult(status -> {
            ReportingRound quarter = round("Báo cáo tình hình, kết quả cải cách hành chính quý I năm 2023", PeriodKind.QUARTER,
                    2023, 1, LocalDate.of(2023, 3, 23), LocalDate.of(2023, 3, 31), DOSSIERS);
            accepted(quarter, "vpcp", List.of(total("TTHC_IN_FORCE", "6472"), at("TTHC_IN_FORCE", IndicatorLevel.CENTRAL, "3868"),
                    at("TTHC_IN_FORCE", IndicatorLevel.LOCAL, "1395"), at("TTHC_IN_FORCE", IndicatorLevel.LOCAL_BRANCH, "1753"),
                    total("DVC_NATIONAL", "4396"),
                    total("RATE_ON_TIME", "98.01"), at("RATE_ON_TIME", IndicatorLevel.CENTRAL, "99.87"),
                    at("RATE_ON_TIME", IndicatorLevel.PROVINCIAL, "98.61"), at("RATE_ON_TIME", IndicatorLevel.DISTRICT, "94.20"),
                    at("RATE_ON_TIME", IndicatorLevel.COMMUNE, "99.36")),
                    "Số liệu toàn quốc do Văn phòng Chính phủ tổng hợp từ Cổng Dịch vụ công quốc gia và Hệ thống thông tin "
                            + "giải quyết TTHC, tính đến ngày 23/3/2023.");
            closeAfterAMonth(quarter);

            ReportingRound firstHalf = round("Báo cáo sơ kết công tác cải cách hành chính 6 tháng đầu năm 2023",
                    PeriodKind.HALF_YEAR, 2023, 1, LocalDate.of(2023, 6, 21), LocalDate.of(2023, 6, 30), FIRST_HALF);
            accepted(firstHalf, "vpcp", List.of(at("DOCS_DIRECTION", IndicatorLevel.CENTRAL, "178"),
                    at("DOCS_DIRECTION", IndicatorLevel.LOCAL, "2054"), total("RATE_E_RESULTS", "31.16"),
                    total("RATE_DIGITISED", "66.48"), at("PORTALS_MERGED", IndicatorLevel.CENTRAL, "10"),
                    at("PORTALS_MERGED", IndicatorLevel.LOCAL, "62"), at("PORTALS_IN_SCOPE", IndicatorLevel.CENTRAL, "21"),
                    at("PORTALS_IN_SCOPE", IndicatorLevel.LOCAL, "63"), total("NP_ACCOUNTS", "3600000"),
                    total("NP_SYNCED", "55980000"), total("NP_UTILITIES", "7880000"), total("NP_ONLINE_DOSSIERS", "9750000"),
                    total("PAY_ONLINE", "6800000"), total("PAY_ONLINE_VND", "2390000000000"), total("LAWS_PASSED", "11"),
                    total("BIZ_RULES_PM", "47"), total("BIZ_RULES_DOCS", "163"), total("BIZ_RULES_AMENDED", "74")),
                    "Số liệu toàn quốc 6 tháng đầu năm 2023. Số tài khoản, hồ sơ và giao dịch trên Cổng Dịch vụ công "
                            + "quốc gia là số \"hơn\" (3,6 triệu tài khoản, 55,98 triệu hồ sơ đồng bộ, 7,88 triệu lượt dịch vụ "
                            + "tiện ích, 9,75 triệu hồ sơ trực tuyến, 6,8 triệu giao dịch, 2,39 nghìn tỷ đồng). 47 quy định "
                            + "kinh doanh tại 10 văn bản theo 2 quyết định của Thủ tướng; 163 quy định tại 16 văn bản của các "
                            + "bộ; 74 quy định qua 2 văn bản sửa đổi.");
            closeAfterAMonth(firstHalf);

            ReportingRound year2022 = round("Báo cáo kết quả cải cách hành chính năm 2022", PeriodKind.YEAR, 2022, 1,
                    LocalDate.of(2022, 11, 22), LocalDate.of(2022, 12, 5), DOSSIERS);
            accepted(year2022, "cao-bang", List.of(total("HS_RESOLVED", "185969"), total("HS_ON_TIME", "184517"),
                    total("HS_LATE", "1452"), total("RATE_ON_TIME", "99.22"), total("RATE_LATE", "0.78"),
                    total("TTHC_LINKED_SAME", "356"), total("TTHC_LINKED_LEVELS", "118"), total("DVC_NATIONAL", "1191"),
                    total("DVC_PROVINCIAL", "1723"), total("DVC_NATIONAL_L34", "1162"),
                    total("RATE_PROCESSED_ONLINE", "22.8"), total("DOCS_LEGAL", "75"), total("UNITS", "633"),
                    total("RATE_E_DOCS", "97")),
                    "Chấp nhận. Tỉnh báo cáo 1.191 dịch vụ công trực tuyến tích hợp trên Cổng Dịch vụ công quốc gia, đồng "
                            + "thời 1.162 dịch vụ công mức độ 3, 4 của Cổng dịch vụ công tỉnh được tích hợp, cung cấp trên Cổng "
                            + "Dịch vụ công quốc gia: đề nghị tỉnh làm rõ trong báo cáo năm. Số đơn vị sự nghiệp công lập (633) "
                            + "tính đến ngày 30/10/2022.");
            closeAfterAMonth(year2022);

            ReportingRound year2023 = round("Báo cáo kết quả cải cách hành chính năm 2023", PeriodKind.YEAR, 2023, 1,
                    LocalDate.of(2023, 12, 15), LocalDate.of(2023, 12, 25), DOSSIERS);
            submitted(year2023, "binh-thuan", List.of(
                    total("TTHC_PUBLISHED", "1836"), at("TTHC_PUBLISHED", IndicatorLevel.PROVINCIAL, "1464"),
                    at("TTHC_PUBLISHED", IndicatorLevel.DISTRICT, "314"), at("TTHC_PUBLISHED", IndicatorLevel.COMMUNE, "167"),
                    total("HS_RESOLVED", "562934"), total("HS_ON_TIME", "512670"), total("HS_LATE", "50264"),
                    total("RATE_ON_TIME", "91.07"), total("RATE_LATE", "8.9"),
                    at("HS_RESOLVED", IndicatorLevel.PROVINCIAL, "75537"), at("HS_ON_TIME", IndicatorLevel.PROVINCIAL, "75361"),
                    at("RATE_ON_TIME", IndicatorLevel.PROVINCIAL, "99.77"),
                    at("HS_RESOLVED", IndicatorLevel.DISTRICT, "112835"), at("HS_ON_TIME", IndicatorLevel.DISTRICT, "92392"),
                    at("RATE_ON_TIME", IndicatorLevel.DISTRICT, "75.22"),
                    at("HS_RESOLVED", IndicatorLevel.COMMUNE, "364562"), at("HS_ON_TIME", IndicatorLevel.COMMUNE, "344917"),
                    at("RATE_ON_TIME", IndicatorLevel.COMMUNE, "94.61")));

            IndexFramework parProvinces = framework("PAR_INDEX", AgencyGroup.PROVINCES, 2022);
            indices.savePublication(new IndexPublication(parProvinces.id(), 2022, null, null, 63, 0));
            indices.saveResult(parProvinces.id(), 2022, agencies.findByCode("lao-cai").orElseThrow().id(),
                    new IndexScores(null, null, null, null, Map.of(), 11), 0, DemoPeople.SECRETARIAT, at(LocalDate.of(2023, 6, 5)));
            indices.savePublication(new IndexPublication(framework("SIPAS", AgencyGroup.PROVINCES, 2017).id(), 2023, null,
                    new BigDecimal("82.66"), null, 0));
        }));
    }

    private IndexFramework framework(String indexCode, AgencyGroup group, int firstYear) {
        return indices.frameworks().stream().filter(f -> f.indexCode().equals(indexCode) && f.group() == group
                && f.firstYear() == firstYear).findFirst().orElseThrow();
    }

    /** A round asking every agency active on the cut-off for the given figures. */
    private ReportingRound round(String title, PeriodKind kind, int year, int number, LocalDate cutoff, LocalDate deadline,
            Set<String> indicators) {
        Set<Long> asked = new LinkedHashSet<>();
        agencies.list(AgencyFilter.activeOn(cutoff, null)).forEach(agency -> asked.add(agency.id()));
        return rounds.save(new ReportingRound(title, kind, year, kind.from(year, number), kind.to(year, number), cutoff,
                deadline, indicators, asked, DemoPeople.SECRETARIAT, at(cutoff.minusDays(20))));
    }

    private IndicatorReport submitted(ReportingRound round, String agencyCode, List<ReportedValue> values) {
        AgencySummary agency = agencies.findByCode(agencyCode).orElseThrow();
        IndicatorReport report = new IndicatorReport(round.getId(), agency.id(), 1, null, new ArrayList<>(values),
                DemoPeople.officer(agencyCode), at(round.getDeadline().minusDays(4)));
        report.submit(DemoPeople.leader(agencyCode), at(round.getDeadline().minusDays(2)));
        return reports.save(report);
    }

    private void accepted(ReportingRound round, String agencyCode, List<ReportedValue> values, String note) {
        submitted(round, agencyCode, values).accept(note, DemoPeople.SECRETARIAT, at(round.getDeadline().plusDays(3)));
    }

    /** The secretariat closes a past round a month after its deadline, once the figures it needed were in. */
    private static void closeAfterAMonth(ReportingRound round) {
        round.close(DemoPeople.SECRETARIAT, at(round.getDeadline().plusMonths(1)));
    }

    private static Instant at(LocalDate day) {
        return day.atTime(LocalTime.of(9, 30)).atZone(PortalTime.ZONE).toInstant();
    }

    private static ReportedValue total(String code, String value) {
        return at(code, IndicatorLevel.TOTAL, value);
    }

    private static ReportedValue at(String code, IndicatorLevel level, String value) {
        return new ReportedValue(code, level, new BigDecimal(value));
    }
}
