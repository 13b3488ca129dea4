package org.linkmap.service.neo4j;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.TransactionContext;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Wraps the service's {@link Driver} so that every statement it runs is recorded with the access mode of its
 * transaction: READ inside {@code executeRead}, WRITE inside {@code executeWrite}, and AUTO for a statement run
 * outside a managed transaction (which a cluster would send to the leader). Nothing is changed on the way.
 */
@TestConfiguration(proxyBeanMethods = false)
public class RecordingDriver {

    public enum Mode { READ, WRITE, AUTO }

    public record Statement(Mode mode, String text) {
    }

    public static final List<Statement> STATEMENTS = new CopyOnWriteArrayList<>();

    @Bean
    static BeanPostProcessor recordingDriver() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof Driver driver ? proxy(Driver.class, driver, RecordingDriver::driverCall) : bean;
            }
        };
    }

    private static Object driverCall(Object target, Method method, Object[] args) throws Throwable {
        Object result = invoke(target, method, args);
        return result instanceof Session session ? proxy(Session.class, session, RecordingDriver::sessionCall) : result;
    }

    @SuppressWarnings("unchecked")
    private static Object sessionCall(Object target, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        Mode mode = name.startsWith("executeRead") || name.equals("readTransaction") ? Mode.READ
                : name.startsWith("executeWrite") || name.equals("writeTransaction") ? Mode.WRITE : null;
        if (mode != null && args[0] instanceof TransactionCallback<?> callback) {
            args[0] = (TransactionCallback<Object>) tx -> ((TransactionCallback<Object>) callback).execute(recording(tx, mode));
        } else if (mode != null && args[0] instanceof Consumer<?> consumer) {
            args[0] = (Consumer<TransactionContext>) tx -> ((Consumer<TransactionContext>) consumer).accept(recording(tx, mode));
        } else if (name.equals("run") || name.equals("beginTransaction")) {
            STATEMENTS.add(new Statement(Mode.AUTO, args.length > 0 ? text(args[0]) : name));
        }
        return invoke(target, method, args);
    }

    private static TransactionContext recording(TransactionContext tx, Mode mode) {
        return proxy(TransactionContext.class, tx, (target, method, args) -> {
            if (method.getName().equals("run") && args.length > 0) {
                STATEMENTS.add(new Statement(mode, text(args[0])));
            }
            return invoke(target, method, args);
        });
    }

    private static String text(Object query) {
        return query instanceof Query q ? q.text() : String.valueOf(query);
    }

    @FunctionalInterface
    private interface Call {
        Object handle(Object target, Method method, Object[] args) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, T target, Call call) {
        InvocationHandler handler = (p, method, args) -> call.handle(target, method, args == null ? new Object[0] : args);
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
