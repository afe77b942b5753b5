package vn.gov.cchc.portal.task.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import vn.gov.cchc.portal.agency.AgencyGroup;
import vn.gov.cchc.portal.agency.AgencySummary;

/**
 * How many tasks each agency planned and finished in the first half of 2023 as of 21/06/2023, built to reproduce
 * the published figures (seed 000): ministries 845 / 296 = 35,03 %, provinces 3.003 / 1.384 = 46,09 %, and the
 * named leaders' rates under one rule (half-up, two decimals). Hải Dương's 64,7 % needs 350 of 541 tasks; Bộ Ngoại
 * giao's 66,66 % (2/3 cut off) needs more tasks than the ministries' whole plan, so it gets the nearest reachable
 * rate, 66,67 % (20/30); see docs/demo-data.md. Every other agency gets
 * a deterministic share of the rest, below the lowest named rate of its group, so the named agencies lead.
 */
final class DemoPlan2023 {

    record Plan(int planned, int done) {
    }

    static final int MINISTRIES_PLANNED = 845;
    static final int MINISTRIES_DONE = 296;
    static final int PROVINCES_PLANNED = 3003;
    static final int PROVINCES_DONE = 1384;

    static final Map<String, Plan> NAMED = Map.ofEntries(
            Map.entry("bkhdt", new Plan(40, 20)),           // 50 %
            Map.entry("bkhcn", new Plan(40, 21)),           // 52,5 %
            Map.entry("bng", new Plan(30, 20)),             // 66,67 % (published 66,66 %)
            Map.entry("an-giang", new Plan(139, 76)),       // 54,68 %
            Map.entry("ba-ria-vung-tau", new Plan(50, 27)), // 54 %
            Map.entry("binh-duong", new Plan(139, 72)),     // 51,8 %
            Map.entry("can-tho", new Plan(105, 68)),        // 64,76 %
            Map.entry("ha-noi", new Plan(184, 97)),         // 52,72 %
            Map.entry("hai-duong", new Plan(541, 350)),     // 64,70 % (published 64,7 %: the smallest plan that gives it)
            Map.entry("ho-chi-minh", new Plan(88, 54)),     // 61,36 %
            Map.entry("quang-ninh", new Plan(287, 220)),    // 76,66 %
            Map.entry("hung-yen", new Plan(181, 127)));     // 70,17 %

    private DemoPlan2023() {
    }

    /** The plan of every agency active on the cut-off date, keyed by agency id. */
    static Map<AgencySummary, Plan> build(List<AgencySummary> activeOnCutoff) {
        Map<AgencySummary, Plan> plans = new LinkedHashMap<>();
        for (AgencyGroup group : AgencyGroup.values()) {
            List<AgencySummary> members = activeOnCutoff.stream().filter(a -> a.group() == group)
                    .sorted(Comparator.comparing(AgencySummary::code)).toList();
            int planned = group == AgencyGroup.MINISTRIES ? MINISTRIES_PLANNED : PROVINCES_PLANNED;
            int done = group == AgencyGroup.MINISTRIES ? MINISTRIES_DONE : PROVINCES_DONE;
            double cap = group == AgencyGroup.MINISTRIES ? 0.45 : 0.48;
            List<AgencySummary> others = new ArrayList<>();
            for (AgencySummary agency : members) {
                Plan named = NAMED.get(agency.code());
                if (named != null) {
                    plans.put(agency, named);
                    planned -= named.planned();
                    done -= named.done();
                } else {
                    others.add(agency);
                }
            }
            plans.putAll(share(others, planned, done, cap, group.ordinal() + 2023L));
        }
        return plans;
    }

    /** Splits the rest: plans by weight (largest remainder), then done counts under the cap, adjusted to the total. */
    private static Map<AgencySummary, Plan> share(List<AgencySummary> agencies, int planned, int done, double cap, long seed) {
        Random random = new Random(seed);
        double[] weights = agencies.stream().mapToDouble(a -> 0.6 + random.nextDouble() * 0.8).toArray();
        int[] plannedShares = largestRemainder(planned, weights);
        int[] doneShares = new int[agencies.size()];
        int doneSum = 0;
        for (int i = 0; i < agencies.size(); i++) {
            double rate = 0.15 + random.nextDouble() * (cap - 0.2);
            doneShares[i] = (int) Math.round(plannedShares[i] * rate);
            doneSum += doneShares[i];
        }
        for (int i = 0; doneSum != done; i = (i + 1) % agencies.size()) {
            int step = doneSum < done ? 1 : -1;
            int candidate = doneShares[i] + step;
            if (candidate >= 0 && candidate <= Math.floor(plannedShares[i] * cap)) {
                doneShares[i] = candidate;
                doneSum += step;
            }
        }
        Map<AgencySummary, Plan> plans = new LinkedHashMap<>();
        for (int i = 0; i < agencies.size(); i++) {
            plans.put(agencies.get(i), new Plan(plannedShares[i], doneShares[i]));
        }
        return plans;
    }

    private static int[] largestRemainder(int total, double[] weights) {
        double sum = Arrays.stream(weights).sum();
        int[] shares = new int[weights.length];
        double[] remainders = new double[weights.length];
        int assigned = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = total * weights[i] / sum;
            shares[i] = (int) Math.floor(exact);
            remainders[i] = exact - shares[i];
            assigned += shares[i];
        }
        while (assigned < total) {
            int best = 0;
            for (int i = 1; i < weights.length; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            shares[best]++;
            remainders[best] = -1;
            assigned++;
        }
        return shares;
    }
}
