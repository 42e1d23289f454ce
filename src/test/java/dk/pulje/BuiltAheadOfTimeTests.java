package dk.pulje;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Conditional;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

/**
 * The packaged application's beans are worked out when it is built (Spring's
 * ahead-of-time processing, started with {@code -Dspring.aot.enabled=true}), so a bean
 * that exists only under some configuration would be missing, or present, whatever the
 * configuration says when Pulje starts. Such choices are made in the beans instead, as
 * mail.MailServer and accounts.BusinessLogin do.
 */
class BuiltAheadOfTimeTests {

	private final JavaClasses pulje = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dk.pulje");

	@Test
	void noBeanDependsOnConfiguration() {
		noClasses().should()
			.beMetaAnnotatedWith(Conditional.class)
			.because("a condition is decided when the jar is built, not when Pulje starts")
			.check(this.pulje);
		noMethods().should()
			.beMetaAnnotatedWith(Conditional.class)
			.because("a condition is decided when the jar is built, not when Pulje starts")
			.check(this.pulje);
	}

}
