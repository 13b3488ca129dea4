package org.linkmap.service.imports;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The name of this service instance ({@code linkmap.instance.name}, default the host name), recorded on each
 * import so that at start-up an instance marks as interrupted only the imports its own earlier process left
 * running. Two instances on one host sharing a database need names of their own.
 */
@Component
class InstanceName {

    private final String value;

    InstanceName(@Value("${linkmap.instance.name:}") String configured) {
        this.value = configured.isBlank() ? hostName() : configured;
    }

    String value() {
        return value;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "linkmap";
        }
    }
}
