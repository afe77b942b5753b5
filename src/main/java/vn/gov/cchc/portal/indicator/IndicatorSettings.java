package vn.gov.cchc.portal.indicator;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param importMaxRows    the most rows an index results file may have (a year of 34 provinces and 17 ministries, or
 *                         of the 63 provinces before 2025, is well under a hundred)
 * @param nationalReporter the registry code of the body that reports figures for the whole nation (the Government
 *                         Office, from the national systems it runs): its accepted figures are the national ones, at
 *                         every level it gives, and are never summed with the agencies' own (ADR 0023)
 */
@ConfigurationProperties("portal.indicators")
public record IndicatorSettings(@DefaultValue("2000") int importMaxRows, @DefaultValue("vpcp") String nationalReporter) {
}
