package dk.pulje;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The features depend on each other in one direction and only through what they make
 * public. Fails on a cycle or on a reach into another feature's internals; writes the
 * module diagram (Spring Modulith's PlantUML in target/spring-modulith-docs) and checks
 * that the README shows the modules as they are.
 */
class ModularityTests {

	/**
	 * Shared by every feature; drawn apart in the README so the features' arrows stay
	 * readable.
	 */
	private static final Set<String> SHARED = Set.of("money", "rules", "paging", "web", "database", "audit", "mail");

	private final ApplicationModules modules = ApplicationModules.of(PuljeApplication.class);

	@Test
	void featuresKeepTheirBoundaries() {
		this.modules.verify();
	}

	@Test
	void writesTheModuleDiagram() {
		new Documenter(this.modules).writeModulesAsPlantUml();
		assertThat(Path.of("target/spring-modulith-docs/components.puml")).exists();
	}

	@Test
	void theReadmeShowsTheFeaturesAndTheirDependenciesAsTheyAre() throws IOException {
		String diagram = featureDiagram();
		Files.writeString(Path.of("target/modules.md"), diagram);

		assertThat(Files.readString(Path.of("README.md")))
			.as("README's module diagram is out of date; put target/modules.md in its place")
			.contains(diagram);
	}

	/** Each feature and the features it uses, as a Mermaid flowchart. */
	private String featureDiagram() {
		String arrows = this.modules.stream()
			.filter(module -> !SHARED.contains(name(module)))
			.sorted(Comparator.comparing(ModularityTests::name))
			.flatMap(module -> module.getDirectDependencies(this.modules)
				.uniqueModules()
				.filter(used -> !SHARED.contains(name(used)))
				.map(ModularityTests::name)
				.sorted()
				.map(used -> "  " + name(module) + " --> " + used))
			.collect(Collectors.joining("\n"));
		return "```mermaid\nflowchart LR\n" + arrows + "\n```\n";
	}

	private static String name(ApplicationModule module) {
		return module.getIdentifier().toString();
	}

}
