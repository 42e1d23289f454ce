import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Records the class-data archive the packaged jar starts with (target/pulje/pulje.jsa): an
 * ahead-of-time cache when the build runs on Java 25 or later.
 * The build runs this file with Java's source launcher once the jar is unpacked:
 *
 * <pre>
 * java src/build/ClassDataTraining.java target/pulje/pulje-VERSION.jar target/pulje/pulje.jsa jvm.options
 * </pre>
 *
 * It starts Pulje the way a new user first does, on a new embedded database with the demo
 * data, asks it for the pages and answers people open first, and stops it; on its way out
 * Java writes every class that run loaded into the archive. A later start maps those
 * classes instead of reading, checking and linking them again, so the archive helps most
 * when it holds the whole first start: the migrations, the demo data, and the first
 * answers, not only the beans.
 */
public class ClassDataTraining {

	/** Public pages and answers: what the first visitors of a new installation open. */
	private static final List<String> FIRST_READS = List.of("/", "/pools", "/pools/1", "/pools/1/calls", "/calls/1",
			"/plans", "/overviews", "/overviews/money", "/open-data", "/login", "/api/v1/pools?size=20",
			"/api/v1/pools/1", "/api/v1/granted-projects?size=20", "/api/v1/overviews/money", "/pools/no-such-pool");

	private static final Duration START_WITHIN = Duration.ofMinutes(3);

	private static final Duration STOP_WITHIN = Duration.ofMinutes(2);

	public static void main(String[] args) throws Exception {
		if (args.length != 3) {
			throw new IllegalArgumentException("usage: ClassDataTraining <jar> <archive> <jvm options file>");
		}
		Path jar = Path.of(args[0]).toAbsolutePath();
		Path archive = Path.of(args[1]).toAbsolutePath();
		Path jvmOptions = Path.of(args[2]).toAbsolutePath();
		Files.deleteIfExists(archive);
		Path work = Files.createTempDirectory("pulje-class-data");
		try {
			record(jar, archive, jvmOptions, work);
		}
		finally {
			deleteAll(work);
		}
	}

	private static void record(Path jar, Path archive, Path jvmOptions, Path work) throws Exception {
		int port = freePort();
		Path log = work.resolve("pulje.log");
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "@" + jvmOptions));
		command.addAll(recordingOptions(archive));
		command.addAll(List.of("-Dspring.aot.enabled=true", "-jar", jar.toString(), "--server.port=" + port,
				"--spring.main.banner-mode=off", "--logging.level.root=warn"));
		ProcessBuilder start = new ProcessBuilder(command).directory(work.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		withoutSettings(start.environment());
		Process pulje = start.start();
		try {
			HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
			waitUntilServing(client, port, pulje, log);
			for (String path : FIRST_READS) {
				get(client, port, path);
			}
		}
		finally {
			// A graceful stop: Java writes the archive as the process exits (on Java 25, in a
			// second JVM that it starts for the purpose and waits for).
			pulje.destroy();
			if (!pulje.waitFor(STOP_WITHIN.toSeconds(), TimeUnit.SECONDS)) {
				pulje.destroyForcibly();
				failWith("Pulje did not stop within " + STOP_WITHIN.toSeconds() + " s", log);
			}
		}
		if (!Files.isRegularFile(archive) || Files.size(archive) == 0) {
			failWith("Java wrote no class-data archive to " + archive, log);
		}
	}

	/**
	 * What this Java records. From Java 25 on, an ahead-of-time cache: the classes loaded and
	 * linked, and the profiles of the methods the training ran, so that the compilers start
	 * from what the training learnt (on a two-core machine, a first start in about three
	 * quarters of the time Java 17 takes with its archive, a restart in about two thirds).
	 * Before 25, a class-data archive of the classes alone. A start maps either with
	 * {@code -XX:SharedArchiveFile}; another Java than the one that recorded it starts
	 * without it.
	 */
	static List<String> recordingOptions(Path archive) {
		if (Runtime.version().feature() >= 25) {
			return List.of("-XX:AOTCacheOutput=" + archive, "-Xlog:aot=off", "-Xlog:cds=off");
		}
		return List.of("-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
	}

	/**
	 * Pulje on its defaults, whatever the environment of the build: a build on a server
	 * whose environment names the production database must not start Pulje on it. Only
	 * what Java itself needs is passed on.
	 */
	private static void withoutSettings(Map<String, String> environment) {
		Map<String, String> kept = new HashMap<>();
		for (String name : List.of("PATH", "HOME", "TMPDIR", "LANG", "LC_ALL")) {
			String value = environment.get(name);
			if (value != null) {
				kept.put(name, value);
			}
		}
		environment.clear();
		environment.putAll(kept);
		// as jvm.options explains: the C library's memory arenas
		environment.put("MALLOC_ARENA_MAX", "2");
	}

	/** Until the catalogue lists the demo data's pools: that is a start as a user sees it. */
	private static void waitUntilServing(HttpClient client, int port, Process pulje, Path log) throws Exception {
		Instant giveUp = Instant.now().plus(START_WITHIN);
		while (Instant.now().isBefore(giveUp)) {
			if (!pulje.isAlive()) {
				failWith("Pulje stopped while starting", log);
			}
			try {
				HttpResponse<String> pools = get(client, port, "/api/v1/pools?size=1");
				if (pools.statusCode() == 200 && pools.body().contains("\"items\":[{")) {
					return;
				}
			}
			catch (IOException notYetListening) {
				// the port opens only once the demo data is loaded
			}
			Thread.sleep(100);
		}
		failWith("Pulje did not list its pools within " + START_WITHIN.toSeconds() + " s", log);
	}

	private static HttpResponse<String> get(HttpClient client, int port, String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(30))
			.header("Accept-Language", "da")
			.build();
		return client.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static void failWith(String problem, Path log) throws IOException {
		System.err.println(problem + "; its log:");
		if (Files.exists(log)) {
			System.err.println(Files.readString(log));
		}
		throw new IllegalStateException(problem);
	}

	private static void deleteAll(Path directory) throws IOException {
		try (Stream<Path> paths = Files.walk(directory)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}

}
