package vn.gov.cchc.portal.agency;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param registryExpiry how long a node keeps the agency registry in memory (ADR 0022): a change made on this node
 *                       is seen at once, one made on another node of a cluster within this time
 */
@ConfigurationProperties("portal.agency")
public record AgencySettings(@DefaultValue("30s") Duration registryExpiry) {
}
