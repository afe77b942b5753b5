package vn.gov.cchc.portal.task;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param tasks how many generated tasks to add at start (none unless set)
 * @param seed  the random seed, so that a run can be repeated
 */
@ConfigurationProperties("portal.scale")
public record ScaleDataProperties(Integer tasks, @DefaultValue("42") long seed) {
}
