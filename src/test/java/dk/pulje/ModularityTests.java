package dk.pulje;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The features depend on each other in one direction and only through what they make
 * public. Fails on a cycle or on a reach into another feature's internals; writes the
 * module diagram for the README's design notes.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(PuljeApplication.class);

	@Test
	void featuresKeepTheirBoundaries() {
		this.modules.verify();
	}

	@Test
	void writesTheModuleDiagram() {
		new Documenter(this.modules).writeModulesAsPlantUml();
	}

}
