package org.linkmap.service.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.jgrapht.Graph;
import org.jgrapht.alg.cycle.CycleDetector;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The boundaries the build holds, over the compiled main classes of every module (the reasons are in
 * docs/decisions.md, "The boundary test"):
 * <ul>
 *   <li>each capability package of the service (any top-level package under {@code org.linkmap.service}, including
 *   ones added later) forms no cycle with another, and uses another only through the public types at that
 *   package's top level: its subpackages, its controllers and its Spring configuration are its own;</li>
 *   <li>{@code geo} is plain spatial Java: no graph-model, service, Spring or Neo4j; {@code graph-model} no
 *   service, geo, Spring or Neo4j;</li>
 *   <li>Cypher reaches the database only by name: only {@code org.linkmap.service.neo4j} touches the driver's
 *   sessions, transactions and queries, and no string literal in any module's Java source reads as Cypher;</li>
 *   <li>no controller is public.</li>
 * </ul>
 */
class BoundaryTest {

    private static final String SERVICE = "org.linkmap.service";
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.linkmap");

    @Test
    void shouldImportEveryModulesMainClasses() {
        assertThat(MAIN.stream().map(JavaClass::getPackageName))
                .anyMatch(p -> p.startsWith("org.linkmap.geo"))
                .anyMatch(p -> p.startsWith("org.linkmap.model"))
                .anyMatch(p -> p.startsWith(SERVICE + ".ingest"))
                .noneMatch(p -> p.startsWith(SERVICE + ".support"));
    }

    @Test
    void shouldKeepCapabilitiesFreeOfCycles() {
        Graph<String, DefaultEdge> uses = new DefaultDirectedGraph<>(DefaultEdge.class);
        for (JavaClass type : MAIN) {
            String from = capabilityOf(type.getPackageName());
            for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                String to = capabilityOf(dependency.getTargetClass().getPackageName());
                if (from != null && to != null && !from.equals(to)) {
                    uses.addVertex(from);
                    uses.addVertex(to);
                    uses.addEdge(from, to);
                }
            }
        }
        assertThat(uses.vertexSet()).as("capabilities found").contains("ingest", "access", "hotspot");
        assertThat(new CycleDetector<>(uses).findCycles()).as("capabilities in a cycle of use").isEmpty();
    }


    @Test
    void shouldUseAnotherCapabilityOnlyThroughItsTopLevelPublicTypes() {
        noClasses().should(reachIntoAnotherCapability()).check(MAIN);
    }

    @Test
    void shouldKeepGeoPlainSpatialJava() {
        noClasses().that().resideInAPackage("org.linkmap.geo..").should().dependOnClassesThat()
                .resideInAnyPackage("org.linkmap.model..", SERVICE + "..", "org.springframework..", "org.neo4j..")
                .check(MAIN);
    }

    @Test
    void shouldKeepTheGraphModelPlainJava() {
        noClasses().that().resideInAPackage("org.linkmap.model..").should().dependOnClassesThat()
                .resideInAnyPackage("org.linkmap.geo..", SERVICE + "..", "org.springframework..", "org.neo4j..")
                .check(MAIN);
    }

    @Test
    void shouldLetOnlyTheNeo4jPackageRunStatements() {
        noClasses().that().resideOutsideOfPackage(SERVICE + ".neo4j..").should().dependOnClassesThat(describe(
                        "run statements: the driver's Driver, Session, Transaction, QueryRunner or Query, or the embedded API",
                        BoundaryTest::runsStatements))
                .check(MAIN);
    }

    @Test
    void shouldHoldNoCypherInJavaSource() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path source : mainSources()) {
            for (String literal : JavaStringLiterals.of(Files.readString(source))) {
                if (CypherText.looksLikeCypher(literal)) {
                    found.add(source + ": " + literal.strip().lines().findFirst().orElse(""));
                }
            }
        }
        assertThat(found).as("Cypher belongs in cypher/queries/<capability>/<verb-noun>.cypher, loaded by name").isEmpty();
    }

    @Test
    void shouldKeepControllersPackagePrivate() {
        classes().that().areMetaAnnotatedWith(Controller.class).should().notHaveModifier(JavaModifier.PUBLIC).check(MAIN);
    }

    /** The capability a class of the service belongs to ({@code ingest} for {@code org.linkmap.service.ingest.x}), or null. */
    static String capabilityOf(String packageName) {
        if (!packageName.startsWith(SERVICE + ".")) {
            return null;
        }
        String rest = packageName.substring(SERVICE.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    /**
     * A dependency on another capability's internals: a class in one of its subpackages, or one of its
     * controllers or Spring configuration classes; or on the application's root package from a capability.
     */
    private static ArchCondition<JavaClass> reachIntoAnotherCapability() {
        return new ArchCondition<>("reach into another capability's internals") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String from = capabilityOf(origin.getPackageName());
                if (from == null) {
                    return;
                }
                origin.getDirectDependenciesFromSelf().forEach(dependency -> {
                    JavaClass target = dependency.getTargetClass().getBaseComponentType();
                    String to = capabilityOf(target.getPackageName());
                    boolean root = target.getPackageName().equals(SERVICE);
                    if (root || (to != null && !to.equals(from) && isInternal(target, to))) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                });
            }
        };
    }

    private static boolean isInternal(JavaClass target, String capability) {
        boolean inSubpackage = !target.getPackageName().equals(SERVICE + "." + capability);
        return inSubpackage || target.isMetaAnnotatedWith(Controller.class)
                || target.isMetaAnnotatedWith(org.springframework.context.annotation.Configuration.class);
    }

    private static boolean runsStatements(JavaClass type) {
        String name = type.getName();
        return name.equals("org.neo4j.driver.Driver") || name.equals("org.neo4j.driver.Session")
                || name.equals("org.neo4j.driver.Transaction") || name.equals("org.neo4j.driver.TransactionContext")
                || name.equals("org.neo4j.driver.QueryRunner") || name.equals("org.neo4j.driver.Query")
                || name.startsWith("org.neo4j.driver.async.") || name.startsWith("org.neo4j.driver.reactive")
                || name.startsWith("org.neo4j.graphdb.") || name.startsWith("org.neo4j.dbms.");
    }

    /** Every module's main Java sources; the test runs in the service module's folder. */
    private static List<Path> mainSources() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent();
        List<Path> sources = new ArrayList<>();
        try (Stream<Path> modules = Files.list(root)) {
            for (Path module : modules.filter(m -> Files.isDirectory(m.resolve("src/main/java"))).toList()) {
                try (Stream<Path> files = Files.walk(module.resolve("src/main/java"))) {
                    files.filter(f -> f.toString().endsWith(".java")).forEach(sources::add);
                }
            }
        }
        assertThat(sources).as("the modules' sources under " + root).hasSizeGreaterThan(100);
        return sources;
    }
}
