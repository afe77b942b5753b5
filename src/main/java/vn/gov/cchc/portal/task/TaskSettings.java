package vn.gov.cchc.portal.task;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param dueSoonDays   an open task is "due soon" when its deadline is this many days away or fewer
 * @param importMaxRows the most rows a plan or progress file may have (a yearly plan has a few thousand)
 * @param figuresKept   how long a node keeps a computed figure (the same for every reader of a day and period):
 *                      a change on this node is counted at once, one on another node of a cluster within this time
 */
@ConfigurationProperties("portal.tasks")
public record TaskSettings(@DefaultValue("3") int dueSoonDays, @DefaultValue("20000") int importMaxRows,
        @DefaultValue("10s") Duration figuresKept) {
}
