package org.linkmap.service.neo4j;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Begins the embedded database's start ({@link EmbeddedDatabaseStart}) as soon as the context's properties are
 * known, before Spring reads the bean definitions, so that Neo4j's start, the longest step of the service's own,
 * runs beside the rest of the context's. Registered in {@code META-INF/spring.factories}; does nothing when the
 * service uses a Neo4j server ({@code linkmap.neo4j.embedded.enabled=false}).
 *
 * <p>The start is registered as a disposable singleton, so a context that fails to refresh still stops the
 * database it started.
 */
public final class EmbeddedDatabaseLauncher implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String BEAN = "embeddedDatabaseStart";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        EmbeddedNeo4jProperties properties = Binder.get(context.getEnvironment())
                .bindOrCreate("linkmap.neo4j.embedded", EmbeddedNeo4jProperties.class);
        if (!properties.enabled()) {
            return;
        }
        if (!(context.getBeanFactory() instanceof DefaultListableBeanFactory beans)) {
            throw new IllegalStateException("Cannot register the embedded database in a " + context.getBeanFactory().getClass());
        }
        EmbeddedDatabaseStart start = EmbeddedDatabaseStart.begin(properties);
        beans.registerSingleton(BEAN, start);
        beans.registerDisposableBean(BEAN, start);
    }
}
