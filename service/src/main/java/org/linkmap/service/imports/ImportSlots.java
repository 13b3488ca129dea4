package org.linkmap.service.imports;

import java.time.Duration;
import java.util.concurrent.Semaphore;

import org.linkmap.service.web.ServiceBusy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many bulk imports may be in hand at once, from the first byte spooled to the last line committed
 * ({@code linkmap.import.max-concurrent}, default 2): each holds a file up to {@code max-import-size} on disk, and
 * imports run one after another anyway. One more is refused at once with 503 and {@code Retry-After}: the service,
 * not the client, is short of room, and nothing has been read or stored.
 */
@Component
class ImportSlots {

    static final Duration RETRY_AFTER = Duration.ofSeconds(30);

    private final Semaphore slots;
    private final int max;

    ImportSlots(@Value("${linkmap.import.max-concurrent:2}") int max) {
        this.max = max;
        this.slots = new Semaphore(max);
    }

    /** A slot, to give back with {@link #release()} when the import ends. @throws ServiceBusy when none is free */
    void take() {
        if (!slots.tryAcquire()) {
            throw new ServiceBusy(max + " bulk imports are already in hand; send this one when one of them has finished.", RETRY_AFTER);
        }
    }

    void release() {
        slots.release();
    }
}
