package org.linkmap.service;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Linkmap: multi-agency intelligence linking and hotspot mapping for child-exploitation safeguarding. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class LinkmapApplication {

    public static void main(String[] args) {
        SpringApplication.run(LinkmapApplication.class, args);
    }
}
