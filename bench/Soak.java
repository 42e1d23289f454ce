import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load of bench/soak: four clients read pages and the API and two register organisations and draft
 * applications, for the minutes given; a seventh asks health every five seconds. {@code check} then asks for every
 * confirmed record after the restart.
 */
public class Soak {

	static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	static final List<String> READS = List.of("/pools", "/pools/7", "/overviews", "/overviews/money", "/plans",
			"/api/v1/pools?size=20", "/api/v1/pools/7", "/api/v1/granted-projects?size=20", "/api/v1/calls?size=20",
			"/api/v1/action-plans", "/follow-up-groups", "/overviews/initiatives.csv");

	public static void main(String[] args) throws Exception {
		String base = args[1];
		String token = token(base, args[2]);
		if (args[0].equals("load")) {
			load(base, token, Integer.parseInt(args[3]), Path.of(args[4]), Path.of(args[5]));
		}
		else {
			check(base, token, Path.of(args[3]));
		}
	}

	static void load(String base, String token, int minutes, Path confirmedFile, Path figures) throws Exception {
		Instant until = Instant.now().plus(Duration.ofMinutes(minutes));
		AtomicLong reads = new AtomicLong();
		AtomicLong failedReads = new AtomicLong();
		AtomicLong writes = new AtomicLong();
		AtomicLong failedWrites = new AtomicLong();
		AtomicLong healthChecks = new AtomicLong();
		AtomicLong notUp = new AtomicLong();
		Set<String> confirmed = ConcurrentHashMap.newKeySet();
		List<String> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
		ExecutorService clients = Executors.newFixedThreadPool(7);
		for (int i = 0; i < 4; i++) {
			clients.submit(() -> {
				while (Instant.now().isBefore(until)) {
					String path = READS.get(ThreadLocalRandom.current().nextInt(READS.size()));
					int status = status(() -> send(base, token, "GET", path, null));
					reads.incrementAndGet();
					if (status != 200) {
						failedReads.incrementAndGet();
						failures.add("GET " + path + " " + status);
					}
				}
				return null;
			});
		}
		for (int i = 0; i < 2; i++) {
			clients.submit(() -> {
				while (Instant.now().isBefore(until)) {
					String kind = ThreadLocalRandom.current().nextBoolean() ? "organisations" : "applications";
					HttpResponse<String> response;
					try {
						response = send(base, token, "POST", "/api/v1/" + kind, body(kind));
					}
					catch (IllegalStateException unanswered) {
						writes.incrementAndGet();
						failedWrites.incrementAndGet();
						failures.add("POST " + kind + " " + unanswered.getMessage());
						continue;
					}
					writes.incrementAndGet();
					if (response.statusCode() == 201) {
						confirmed.add(kind + "/" + id(response.body()));
					}
					else {
						failedWrites.incrementAndGet();
						failures.add("POST " + kind + " " + response.statusCode() + " " + response.body());
					}
				}
				return null;
			});
		}
		clients.submit(() -> {
			while (Instant.now().isBefore(until)) {
				HttpResponse<String> health;
				try {
					health = send(base, null, "GET", "/actuator/health", null);
				}
				catch (IllegalStateException unanswered) {
					health = null;
				}
				healthChecks.incrementAndGet();
				if (health == null || health.statusCode() != 200 || !health.body().contains("\"UP\"")) {
					notUp.incrementAndGet();
				}
				Thread.sleep(5000);
			}
			return null;
		});
		clients.shutdown();
		clients.awaitTermination(minutes + 5, TimeUnit.MINUTES);
		Files.write(confirmedFile, confirmed);
		List<String> lines = new ArrayList<>(List.of("| figure | value |", "|---|---|",
				"| reads | " + reads + " |", "| failed reads | " + failedReads + " |", "| writes | " + writes + " |",
				"| failed writes | " + failedWrites + " |", "| health checks | " + healthChecks + " |",
				"| health checks not UP | " + notUp + " |"));
		Files.write(figures, lines);
		failures.stream().limit(20).forEach(System.err::println);
	}

	static void check(String base, String token, Path confirmedFile) throws Exception {
		List<String> confirmed = Files.readAllLines(confirmedFile);
		java.util.concurrent.ForkJoinPool askers = new java.util.concurrent.ForkJoinPool(8);
		long missing = askers.submit(() -> confirmed.parallelStream()
			.filter(record -> send(base, token, "GET", "/api/v1/" + record, null).statusCode() != 200)
			.count()).get();
		askers.shutdown();
		System.out.println("| confirmed writes checked after the restart | " + confirmed.size() + " |");
		System.out.println("| confirmed writes missing after the restart | " + missing + " |");
	}

	/** The status of an answer, or 0 when none came. */
	static int status(java.util.function.Supplier<HttpResponse<String>> request) {
		try {
			return request.get().statusCode();
		}
		catch (IllegalStateException unanswered) {
			return 0;
		}
	}

	static String body(String kind) {
		if (kind.equals("organisations")) {
			return "{\"name\": \"Forening " + System.nanoTime() + "\", \"type\": \"PRIVATE_ORGANISATION\", \"cvr\": \""
					+ cvr() + "\"}";
		}
		// The demo data's open practice pool (call 3) takes applications from Gentofte Kommune (id 11).
		return "{\"callId\": 3, \"leadOrganisationId\": 11, \"contentAreaCode\": \"forloeb\", \"title\": \"Soak "
				+ System.nanoTime() + "\", \"budgetLines\": [{\"year\": " + (java.time.Year.now().getValue() + 1)
				+ ", \"description\": \"Projektleder\", \"amount\": \"450000.00\"}]}";
	}

	/** The seven first digits of the next organisation's CVR number: a run from a random start, above the demo data's, so none repeats. */
	static final AtomicLong NEXT_CVR = new AtomicLong(ThreadLocalRandom.current().nextLong(5_000_000, 9_000_000));

	/** A CVR number no other organisation of the run has: the next prefix whose check digit is a single digit. */
	static String cvr() {
		int[] weights = { 2, 7, 6, 5, 4, 3, 2 };
		while (true) {
			String first = String.valueOf(NEXT_CVR.getAndIncrement());
			int sum = 0;
			for (int i = 0; i < 7; i++) {
				sum += (first.charAt(i) - '0') * weights[i];
			}
			int check = (11 - sum % 11) % 11;
			if (check < 10) {
				return first + check;
			}
		}
	}

	static String token(String base, String adminPassword) {
		String basic = "Basic " + Base64.getEncoder()
			.encodeToString(("admin:" + adminPassword).getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = send(base, basic, "POST", "/api/v1/me/tokens", "{\"name\": \"Soak\"}");
		Matcher secret = Pattern.compile("\"secret\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
		if (!secret.find()) {
			throw new IllegalStateException("no token: " + response.statusCode() + " " + response.body());
		}
		return "Bearer " + secret.group(1);
	}

	static long id(String json) {
		Matcher id = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(json);
		return id.find() ? Long.parseLong(id.group(1)) : -1;
	}

	static HttpResponse<String> send(String base, String authorization, String method, String path, String body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		if (body != null) {
			request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
		}
		else {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		try {
			return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException(method + " " + path + ": " + ex, ex);
		}
	}

}
