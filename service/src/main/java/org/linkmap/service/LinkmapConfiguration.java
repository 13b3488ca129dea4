package org.linkmap.service;

import java.time.Clock;

import org.linkmap.geo.crs.GridTransform;
import org.linkmap.model.submission.ServiceRegion;
import org.linkmap.model.submission.SubmissionValidator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The plain-Java collaborators the capabilities share. */
@Configuration(proxyBeanMethods = false)
class LinkmapConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    GridTransform gridTransform() {
        return GridTransform.standard();
    }

    @Bean
    ServiceRegion serviceRegion(ServiceRegionProperties region, GridTransform grid) {
        return new ServiceRegion(region.name(), region.minLatitude(), region.maxLatitude(),
                region.minLongitude(), region.maxLongitude(), grid::toWgs84);
    }

    @Bean
    SubmissionValidator submissionValidator(Clock clock, ServiceRegion region) {
        return new SubmissionValidator(clock, region);
    }
}
