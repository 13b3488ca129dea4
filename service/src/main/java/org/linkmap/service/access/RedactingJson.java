package org.linkmap.service.access;

import java.io.IOException;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

/**
 * Every JSON response passes each string it carries through {@link Disclosure#text}, so that no serializer, old
 * or new, can forget to take children's identities out for readers who may not see them. Only responses: the
 * application's own {@link ObjectMapper} (receipts, stored bodies) is left as it is.
 */
@Configuration(proxyBeanMethods = false)
class RedactingJson {

    @Bean
    MappingJackson2HttpMessageConverter redactingJsonConverter(ObjectMapper json, Disclosure disclosure) {
        ObjectMapper responses = json.copy().registerModule(new SimpleModule("child-redaction")
                .addSerializer(String.class, new RedactingStringSerializer(disclosure)));
        return new MappingJackson2HttpMessageConverter(responses);
    }

    private static final class RedactingStringSerializer extends StdSerializer<String> {

        private final transient Disclosure disclosure;

        RedactingStringSerializer(Disclosure disclosure) {
            super(String.class);
            this.disclosure = disclosure;
        }

        @Override
        public void serialize(String value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeString(signedIn() ? disclosure.text(value) : disclosure.textForAnyone(value));
        }

        private static boolean signedIn() {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            return authentication != null && authentication.getPrincipal() instanceof org.linkmap.service.security.LinkmapUser;
        }
    }
}
