package org.linkmap.service.web;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.TaskRejectedException;
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
 *
 * <p>Heavy work that is one step of a larger request (the hotspots a campaign, an agenda, a pack or a problem
 * profile is built from) goes through {@link #call}: the same pool and the same time limit, the request thread
 * waiting for it.
 */
@Component
public class BoundedWork {

    private static final String POOL_PREFIX = "linkmap-analysis-";
    /** What a request over the time limit is told. */
    static final String OVER_TIME_LIMIT = "The request did not finish within its time limit and was abandoned;"
            + " narrow it (a shorter period, a smaller area, larger cells) and try again.";

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
        pool.setThreadNamePrefix(POOL_PREFIX);
        pool.setDaemon(true);
        pool.initialize();
    }

    /** The work, to be returned from a controller: answered when done, abandoned after the time limit. */
    public <T> WebAsyncTask<T> run(Callable<T> work) {
        Callable<T> bound = bound(work);
        if (pool.getThreadPoolExecutor().getQueue().remainingCapacity() == 0) {
            throw busy();
        }
        return new WebAsyncTask<>(timeLimit.toMillis(), pool, bound);
    }

    /**
     * The work's answer, computed on the pool within the time limit while the calling thread waits; on the pool
     * already (the work of {@link #run}), the work is done in place. Its own exceptions reach the caller unchanged.
     *
     * @throws ServiceBusy when every thread and queue place is taken, or when the time limit passed (the work is
     *                     then cancelled)
     */
    public <T> T call(Callable<T> work) {
        if (Thread.currentThread().getName().startsWith(POOL_PREFIX)) {
            return unchecked(work);
        }
        Future<T> future;
        try {
            future = pool.submit(bound(work));
        } catch (TaskRejectedException full) {
            throw busy();
        }
        try {
            return future.get(timeLimit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException late) {
            abandon(future);
            throw new ServiceBusy(OVER_TIME_LIMIT, Duration.ofSeconds(30));
        } catch (InterruptedException interrupted) {
            abandon(future);
            Thread.currentThread().interrupt();
            throw busy();
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException e) {
                throw e;
            }
            if (failed.getCause() instanceof Error e) {
                throw e;
            }
            throw new IllegalStateException(failed.getCause());
        }
    }

    /** Stops the work, and frees its queue place if it has not started (a cancelled task stays queued otherwise). */
    private void abandon(Future<?> future) {
        future.cancel(true);
        pool.getThreadPoolExecutor().purge();
    }

    private static <T> Callable<T> bound(Callable<T> work) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        SecurityContext security = SecurityContextHolder.getContext();
        return () -> {
            if (request != null) {
                RequestContextHolder.setRequestAttributes(request);
            }
            SecurityContextHolder.setContext(security);
            try {
                return work.call();
            } finally {
                RequestContextHolder.resetRequestAttributes();
                SecurityContextHolder.clearContext();
            }
        };
    }

    private static <T> T unchecked(Callable<T> work) {
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** What a request is told when every analysis thread and queue place is taken. */
    static ServiceBusy busy() {
        return new ServiceBusy("Every analysis thread is busy; try again shortly.", Duration.ofSeconds(5));
    }

    /** Pieces of work running now, for tests and health checks. */
    public int running() {
        return pool.getActiveCount();
    }

    /** Pieces of work waiting for a thread. */
    int waiting() {
        return pool.getThreadPoolExecutor().getQueue().size();
    }

    Duration timeLimit() {
        return timeLimit;
    }

    @PreDestroy
    void stop() {
        pool.shutdown();
    }
}
