package dk.pulje;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text exists in Danish and in English, and every rule the code can break has a
 * text that explains it.
 */
class MessagesTests {

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessagesTests.class.getResourceAsStream("/" + name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	@Test
	void danishAndEnglishHaveTheSameKeys() throws IOException {
		assertThat(load("messages_da.properties").stringPropertyNames())
			.containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
	}

	@Test
	void everyRuleInTheCodeHasATextInBothLanguages() throws IOException {
		Set<String> rules = new TreeSet<>();
		Pattern violation = Pattern.compile("RuleViolation\\(\"([a-z-]+)\"|requireStatus\\([^,]+, \"([a-z-]+)\"\\)");
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				Matcher m = violation.matcher(Files.readString(file));
				while (m.find()) {
					rules.add(m.group(1) != null ? m.group(1) : m.group(2));
				}
			}
		}
		Properties english = load("messages.properties");
		Properties danish = load("messages_da.properties");

		assertThat(rules).hasSizeGreaterThan(40);
		for (String rule : rules) {
			assertThat(english.getProperty("rule." + rule)).as("English text for " + rule).isNotBlank();
			assertThat(danish.getProperty("rule." + rule)).as("Danish text for " + rule).isNotBlank();
		}
	}

}
