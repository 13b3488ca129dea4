package org.linkmap.service.audit;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * With {@code --linkmap.audit.verify-and-exit=true}: proves the store's chain against the key and the checkpoint,
 * prints the verification as JSON on standard output and exits, 0 when valid and 1 when not. Run against a stopped
 * service's data (or a copy of it, with the audit directory) to check the trail without the API.
 */
@Component
class OfflineVerification implements ApplicationRunner {

    private final AuditProperties properties;
    private final ChainVerification verification;
    private final ObjectMapper json;
    private final ConfigurableApplicationContext context;

    OfflineVerification(AuditProperties properties, ChainVerification verification, ObjectMapper json,
                        ConfigurableApplicationContext context) {
        this.properties = properties;
        this.verification = verification;
        this.json = json;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (!properties.verifyAndExit()) {
            return;
        }
        ChainVerification.Verification result = verification.verify();
        System.out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(result));
        int code = SpringApplication.exit(context, () -> result.valid() ? 0 : 1);
        System.exit(code);
    }
}
