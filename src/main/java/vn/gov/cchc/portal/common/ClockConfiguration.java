package vn.gov.cchc.portal.common;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    /** UTC everywhere on the server; dates shown to users are in {@link PortalTime#ZONE}. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
