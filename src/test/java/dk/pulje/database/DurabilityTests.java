package dk.pulje.database;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.pulje.Fixtures;
import dk.pulje.Api;
import dk.pulje.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 2xx means the write is on disk. Pulje runs in a child JVM (on its embedded default in
 * a folder of its own, or on the test PostgreSQL database), eight writers register
 * organisations as fast as it answers, the JVM is killed with SIGKILL in the middle of
 * that, and Pulje is started again on the same data: every organisation that was
 * confirmed with 201 must be there. The embedded database is a new one, so it starts as
 * the build's empty database ({@link EmptyDatabase}).
 */
@Tag("database")
class DurabilityTests {

	private static final int WRITERS = 8;

	@TempDir
	Path folder;

	@Test
	void noConfirmedWriteIsLostWhenTheProcessIsKilled() throws Exception {
		int port = freePort();
		Set<Long> confirmed = ConcurrentHashMap.newKeySet();

		Process first = start(port, "first.log");
		try {
			writeUntilKilled(withToken(Api.asAdministrator(port)), first, confirmed);
		}
		finally {
			first.destroyForcibly().waitFor();
		}
		assertThat(confirmed).as("writes confirmed before the kill").hasSizeGreaterThan(50);

		Process second = start(port, "second.log");
		try {
			Api admin = withToken(Api.asAdministrator(port));
			List<Long> missing = confirmed.stream()
				.filter(id -> admin.get("/api/v1/organisations/" + id).status() != 200)
				.sorted()
				.toList();
			assertThat(missing).as("of %d confirmed organisations, these were lost", confirmed.size()).isEmpty();
		}
		finally {
			second.destroy();
			second.waitFor(30, TimeUnit.SECONDS);
			second.destroyForcibly();
		}
		if (!TestDatabase.onPostgresql()) {
			assertThat(this.folder.resolve("first.log")).as("a new embedded database starts as the build's empty one")
				.content()
				.contains("from the schema the build migrated")
				.doesNotContain("Migrating schema");
		}
		assertThat(errorsLogged("first.log")).as("errors logged while starting and writing").isEmpty();
		assertThat(errorsLogged("second.log")).as("errors logged while starting again and stopping").isEmpty();
	}

	/**
	 * An operator reads an error in the log as something to act on, so a start and a stop
	 * log none.
	 */
	private List<String> errorsLogged(String log) throws IOException {
		try (Stream<String> lines = Files.lines(this.folder.resolve(log))) {
			return lines.filter(line -> line.contains(" ERROR ")).toList();
		}
	}

	/**
	 * A bearer token: a password is checked with a deliberately slow hash on every
	 * request, a token is not.
	 */
	private static Api withToken(Api admin) {
		Api.Response token = admin.post("/api/v1/me/tokens", Map.of("name", "Skrivetest"));
		assertThat(token.status()).isEqualTo(201);
		return admin.withToken(token.text("secret"));
	}

	/**
	 * Writers run for a while; the JVM is killed while they still send, and what answered
	 * 201 is kept.
	 */
	private void writeUntilKilled(Api admin, Process process, Set<Long> confirmed) throws Exception {
		AtomicBoolean writing = new AtomicBoolean(true);
		ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
		for (int i = 0; i < WRITERS; i++) {
			writers.submit(() -> {
				while (writing.get()) {
					try {
						Api.Response response = admin.post("/api/v1/organisations",
								Map.of("name", "Forening " + System.nanoTime(), "type", "PRIVATE_ORGANISATION", "cvr",
										Fixtures.cvr()));
						if (response.status() == 201) {
							confirmed.add(response.id());
						}
					}
					catch (RuntimeException connectionGone) {
						return;
					}
				}
			});
		}
		Instant until = Instant.now().plusSeconds(4);
		while (Instant.now().isBefore(until) && confirmed.size() < 400) {
			Thread.sleep(50);
		}
		process.destroyForcibly();
		process.waitFor();
		writing.set(false);
		writers.shutdown();
		writers.awaitTermination(30, TimeUnit.SECONDS);
	}

	/**
	 * Pulje as it starts from the README, in its own folder (so its embedded database is
	 * ./data there).
	 */
	private Process start(int port, String log) throws Exception {
		List<String> command = new ArrayList<>(
				List.of(java(), "-Xmx384m", "-XX:TieredStopAtLevel=1", "-cp", applicationClasspath(),
						"dk.pulje.PuljeApplication", "--server.port=" + port, "--pulje.demo-data=false"));
		ProcessBuilder builder = new ProcessBuilder(command).directory(this.folder.toFile())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(this.folder.resolve(log).toFile()));
		Map<String, String> environment = builder.environment();
		environment.put("PULJE_ADMIN_INITIAL_PASSWORD", TestDatabase.ADMIN_PASSWORD);
		if (TestDatabase.onPostgresql()) {
			environment.put("SPRING_DATASOURCE_URL", System.getenv("PULJE_TEST_POSTGRES_URL"));
			environment.put("SPRING_DATASOURCE_USERNAME",
					System.getenv().getOrDefault("PULJE_TEST_POSTGRES_USER", "postgres"));
			environment.put("SPRING_DATASOURCE_PASSWORD",
					System.getenv().getOrDefault("PULJE_TEST_POSTGRES_PASSWORD", ""));
		}
		Process process = builder.start();
		awaitHealthy(process, port, log);
		return process;
	}

	private void awaitHealthy(Process process, int port, String log) throws Exception {
		Api anonymous = Api.asAdministrator(port).anonymous();
		Instant until = Instant.now().plus(Duration.ofSeconds(120));
		while (Instant.now().isBefore(until)) {
			assertThat(process.isAlive()).as("Pulje stopped while starting; see %s", this.folder.resolve(log)).isTrue();
			try {
				if (anonymous.get("/actuator/health").status() == 200) {
					return;
				}
			}
			catch (RuntimeException notYet) {
				// not listening yet
			}
			Thread.sleep(200);
		}
		throw new AssertionError("Pulje did not start within 120 s: " + Files.readString(this.folder.resolve(log)));
	}

	/**
	 * The tests' class path without the test classes themselves: the application as it
	 * ships.
	 */
	private static String applicationClasspath() {
		return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
			.filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes/"))
			.collect(Collectors.joining(File.pathSeparator));
	}

	/**
	 * Eight digits that pass the modulus-11 rule, so that each writer's organisation is a
	 * valid new one.
	 */
	private static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
