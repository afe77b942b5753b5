package vn.gov.cchc.portal.task;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param dueSoonDays   an open task is "due soon" when its deadline is this many days away or fewer
 * @param importMaxRows the most rows a plan or progress file may have (a yearly plan has a few thousand)
 */
@ConfigurationProperties("portal.tasks")
public record TaskSettings(@DefaultValue("3") int dueSoonDays, @DefaultValue("20000") int importMaxRows) {
}
