package org.linkmap.service.web;

import java.time.Duration;
import java.util.concurrent.Callable;

import jakarta.annotation.PreDestroy;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.async.WebAsyncTask;

/**
 * Runs a request's heavy work (hotspot analysis) on a small pool of its own, within a time limit: the request is
 * handled asynchronously, and on the time limit, or an error the container reports, Spring cancels the work's
 * future, which interrupts its thread; the long loops in {@code geo} stop on the interrupt
 * ({@code org.linkmap.geo.Cancellation}). Tomcat does not notice a client hanging up while nothing is being
 * written, so a departed client's work stops at the time limit at the latest. A request over the time limit is
 * 503; when every thread and queue place is taken, 503 with {@code Retry-After} at once.
 *
 * <p>The work sees the request and the signed-in user as the request thread did, so it can check disclosure and
 * record the audit entry itself.
 */
@Component
public class BoundedWork {

    private final ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
    private final Duration timeLimit;

    BoundedWork(@Value("${linkmap.limits.request-time:10s}") Duration timeLimit,
                @Value("${linkmap.limits.concurrent-analyses:2}") int threads,
                @Value("${linkmap.limits.analysis-queue:32}") int queue) {
        this.timeLimit = timeLimit;
        pool.setCorePoolSize(threads);
        pool.setMaxPoolSize(threads);
        // Waiting is cheap (each waiter is bounded by the time limit, and most are answered from the detection
        // cache in milliseconds once the first is done); turning a meeting's worth of clients away is not.
        pool.setQueueCapacity(Math.max(1, queue));
        pool.setThreadNamePrefix("linkmap-analysis-");
        pool.setDaemon(true);
        pool.initialize();
    }

    /** The work, to be returned from a controller: answered when done, abandoned after the time limit. */
    public <T> WebAsyncTask<T> run(Callable<T> work) {
        RequestAttributes request = RequestContextHolder.currentRequestAttributes();
        SecurityContext security = SecurityContextHolder.getContext();
        Callable<T> bound = () -> {
            RequestContextHolder.setRequestAttributes(request);
            SecurityContextHolder.setContext(security);
            try {
                return work.call();
            } finally {
                RequestContextHolder.resetRequestAttributes();
                SecurityContextHolder.clearContext();
            }
        };
        if (pool.getThreadPoolExecutor().getQueue().remainingCapacity() == 0) {
            throw new ServiceBusy("Every analysis thread is busy; try again shortly.", Duration.ofSeconds(5));
        }
        return new WebAsyncTask<>(timeLimit.toMillis(), pool, bound);
    }

    /** Pieces of work running now, for tests and health checks. */
    public int running() {
        return pool.getActiveCount();
    }

    Duration timeLimit() {
        return timeLimit;
    }

    @PreDestroy
    void stop() {
        pool.shutdown();
    }
}
