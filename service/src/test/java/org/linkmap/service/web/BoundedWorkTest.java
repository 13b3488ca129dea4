package org.linkmap.service.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BoundedWorkTest {

    private final BoundedWork work = new BoundedWork(Duration.ofMillis(300), 1, 1);

    @AfterEach
    void stop() {
        work.stop();
    }

    @Test
    void shouldAnswerWithTheWorksResultAndLetItsOwnExceptionsThrough() {
        assertThat(work.call(() -> 6 * 7)).isEqualTo(42);
        assertThatThrownBy(() -> work.call(() -> {
            throw new InvalidRequest("cell", "too many cells");
        })).isInstanceOf(InvalidRequest.class);
    }

    @Test
    void shouldAbandonAndInterruptWorkOverTheTimeLimit() {
        AtomicBoolean interrupted = new AtomicBoolean();

        assertThatThrownBy(() -> work.call(() -> {
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                interrupted.set(true);
            }
            return null;
        })).isInstanceOf(ServiceBusy.class).hasMessageContaining("time limit");
        await().atMost(Duration.ofSeconds(2)).untilTrue(interrupted);
    }

    @Test
    void shouldTurnWorkAwayWhenEveryThreadAndQueuePlaceIsTaken() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        Thread first = new Thread(() -> work.call(() -> release.await(5, TimeUnit.SECONDS)));
        Thread second = new Thread(() -> work.call(() -> release.await(5, TimeUnit.SECONDS)));
        first.start();
        await().atMost(Duration.ofSeconds(2)).until(() -> work.running() == 1);
        second.start();
        await().atMost(Duration.ofSeconds(2)).until(() -> work.waiting() == 1);

        try {
            assertThatThrownBy(() -> work.call(() -> 1)).isInstanceOf(ServiceBusy.class).hasMessageContaining("busy");
        } finally {
            release.countDown();
            first.join();
            second.join();
        }
    }

    @Test
    void shouldFreeTheQueuePlaceOfWorkAbandonedAtTheTimeLimit() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        // Work that keeps its thread past its own time limit, deaf to the interrupt, until released.
        Callable<Boolean> stubborn = () -> {
            while (true) {
                try {
                    return release.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException ignored) {
                    // keeps waiting
                }
            }
        };
        Thread holder = new Thread(() -> {
            try {
                work.call(stubborn);
            } catch (ServiceBusy expected) {
                // its caller is answered at the time limit; the thread stays taken
            }
        });
        holder.start();
        await().atMost(Duration.ofSeconds(2)).until(() -> work.running() == 1);

        try {
            assertThatThrownBy(() -> work.call(() -> 1)).isInstanceOf(ServiceBusy.class).hasMessageContaining("time limit");
            assertThat(work.waiting()).as("the abandoned work no longer holds the only queue place").isZero();
        } finally {
            release.countDown();
            holder.join();
        }
    }

    @Test
    void shouldDoWorkInPlaceWhenAlreadyOnThePool() {
        assertThat(work.call(() -> work.call(() -> Thread.currentThread().getName()))).startsWith("linkmap-analysis-");
    }
}
