package vn.gov.cchc.portal.task;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param dueSoonDays an open task is "due soon" when its deadline is this many days away or fewer */
@ConfigurationProperties("portal.tasks")
public record TaskSettings(@DefaultValue("3") int dueSoonDays) {
}
