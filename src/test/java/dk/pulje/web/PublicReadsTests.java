package dk.pulje.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

import dk.pulje.Api;
import dk.pulje.Fixtures;
import dk.pulje.IntegrationTest;
import dk.pulje.PuljeApplication;
import dk.pulje.StaffPages;
import dk.pulje.TestClock;
import dk.pulje.TestDatabase;
import dk.pulje.money.DanishTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The answers kept for people who are not signed in are never older than the data: a
 * change is read by the next request, on this node at once and on another within its
 * bound; a browser gets 304 only while nothing changed; the time turns what depends on
 * it; and nobody signed in is given a kept answer, nor anyone else what was made for
 * them.
 */
@IntegrationTest
class PublicReadsTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Autowired
	TestClock clock;

	private Api administrator;

	private Fixtures fixtures;

	@BeforeEach
	void setUp() {
		this.administrator = Api.asAdministrator(this.port);
		this.fixtures = new Fixtures(this.administrator);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void aChangeIsReadByTheNextRequest() throws Exception {
		Map<String, Object> pool = new HashMap<>(this.fixtures.poolRequest());
		long id = this.fixtures.pool(pool);
		String name = (String) pool.get("name");
		HttpResponse<String> first = read(this.port, "/pools/" + id, null);
		HttpResponse<String> kept = read(this.port, "/pools/" + id, null);
		String before = this.administrator.anonymous().get("/api/v1/pools/" + id).text("name");

		String renamed = rename(id, pool);

		assertThat(kept.body()).isEqualTo(first.body());
		assertThat(kept.headers().firstValue("ETag")).isEqualTo(first.headers().firstValue("ETag"));
		assertThat(before).isEqualTo(name);
		assertThat(Jsoup.parse(read(this.port, "/pools/" + id, null).body()).select("h1").text()).isEqualTo(renamed);
		assertThat(this.administrator.anonymous().get("/api/v1/pools/" + id).text("name")).isEqualTo(renamed);
		assertThat(read(this.port, "/pools?q=" + id, null).statusCode()).isEqualTo(200);
	}

	@Test
	void aChangeToOtherTablesLeavesAKeptAnswerAndAChangeToItsOwnTablesIsReadAtOnce() throws Exception {
		Map<String, Object> pool = new HashMap<>(this.fixtures.poolRequest());
		long id = this.fixtures.pool(pool);
		String name = (String) pool.get("name");
		read(this.port, "/pools/" + id, null);
		String cvr = Fixtures.cvr();
		long organisation = this.administrator
			.post("/api/v1/organisations",
					Map.of("name", Fixtures.unique("Patientforening"), "type", "PRIVATE_ORGANISATION", "cvr", cvr))
			.id();
		Api.Response organisationBefore = this.administrator.anonymous().get("/api/v1/organisations/" + organisation);
		// Behind Pulje's back, so no version is raised: only an answer made again shows
		// it.
		renameWithoutPulje(id, "Omdøbt uden om Pulje");

		String otherName = Fixtures.unique("Forening for pårørende");
		this.administrator.put("/api/v1/organisations/" + organisation,
				Map.of("name", otherName, "type", "PRIVATE_ORGANISATION", "cvr", cvr), organisationBefore.eTag());
		String poolAfterOtherChange = read(this.port, "/pools/" + id, null).body();
		String organisationAfter = this.administrator.anonymous()
			.get("/api/v1/organisations/" + organisation)
			.text("name");
		String renamed = rename(id, pool);

		assertThat(Jsoup.parse(poolAfterOtherChange).select("h1").text()).as("kept through a change elsewhere")
			.isEqualTo(name);
		assertThat(organisationAfter).as("its own change is read at once").isEqualTo(otherName);
		assertThat(Jsoup.parse(read(this.port, "/pools/" + id, null).body()).select("h1").text()).isEqualTo(renamed);
	}

	@Test
	void notModifiedOnlyWhileNothingChanged() throws Exception {
		Map<String, Object> pool = new HashMap<>(this.fixtures.poolRequest());
		long id = this.fixtures.pool(pool);
		HttpResponse<String> first = read(this.port, "/pools/" + id, null);
		String etag = first.headers().firstValue("ETag").orElseThrow();

		HttpResponse<String> unchanged = read(this.port, "/pools/" + id, etag);
		String renamed = rename(id, pool);
		HttpResponse<String> changed = read(this.port, "/pools/" + id, etag);

		assertThat(first.headers().firstValue("Cache-Control")).contains("no-cache");
		assertThat(unchanged.statusCode()).isEqualTo(304);
		assertThat(unchanged.body()).isEmpty();
		assertThat(changed.statusCode()).isEqualTo(200);
		assertThat(changed.headers().firstValue("ETag")).isPresent().isNotEqualTo(java.util.Optional.of(etag));
		assertThat(changed.body()).contains(renamed);
	}

	@Test
	void aChangeOnOneNodeIsReadOnTheOtherWithinTheBound() throws Exception {
		Map<String, Object> pool = new HashMap<>(this.fixtures.poolRequest());
		long id = this.fixtures.pool(pool);
		try (ConfigurableApplicationContext second = secondNode()) {
			int secondPort = ((WebServerApplicationContext) second).getWebServer().getPort();
			read(secondPort, "/pools/" + id, null);
			read(secondPort, "/pools/" + id, null);

			String renamed = rename(id, pool);
			long changedAt = System.nanoTime();
			String seen = "";
			while (!seen.contains(renamed) && System.nanoTime() - changedAt < Duration.ofSeconds(10).toNanos()) {
				seen = read(secondPort, "/pools/" + id, null).body();
				Thread.sleep(20);
			}
			Duration took = Duration.ofNanos(System.nanoTime() - changedAt);

			assertThat(seen).contains(renamed);
			// The bound is 300 ms here; a busy test machine may add a little.
			assertThat(took).isLessThan(Duration.ofSeconds(2));
			assertThat(read(secondPort, "/pools/" + id, null).body()).contains(renamed);
		}
	}

	@Test
	void theTimeTurnsWhatDependsOnIt() {
		long pool = this.fixtures.pool();
		LocalDateTime opens = LocalDateTime.of(2031, 3, 3, 9, 0);
		this.fixtures.call(pool, "1000000.00", opens, opens.plusMonths(2));
		this.clock.set(DanishTime.at(opens.minusMinutes(1)).toInstant());
		String announced = this.administrator.anonymous().get("/api/v1/pools/" + pool).text("status");
		String stillAnnounced = this.administrator.anonymous().get("/api/v1/pools/" + pool).text("status");

		this.clock.set(DanishTime.at(opens).toInstant());

		assertThat(announced).isEqualTo("ANNOUNCED");
		assertThat(stillAnnounced).isEqualTo("ANNOUNCED");
		assertThat(this.administrator.anonymous().get("/api/v1/pools/" + pool).text("status")).isEqualTo("OPEN");
	}

	@Test
	void nobodySignedInIsGivenAKeptAnswerNorAnyoneElseTheirs() throws Exception {
		long id = this.fixtures.pool();
		String anonymousBefore = read(this.port, "/pools/" + id, null).body();
		String staff = StaffPages.caseworker(this.port).get("/pools/" + id).outerHtml();
		String anonymousAfter = read(this.port, "/pools/" + id, null).body();
		Api nobody = this.administrator.anonymous();
		int refused = nobody.get("/api/v1/applications").status();
		int allowed = this.administrator.get("/api/v1/applications").status();

		assertThat(staff).contains("/casework/pools/" + id + "/edit");
		assertThat(anonymousBefore).doesNotContain("/casework/pools/" + id + "/edit");
		assertThat(anonymousAfter).doesNotContain("/casework/pools/" + id + "/edit").doesNotContain("_csrf");
		assertThat(refused).isEqualTo(401);
		assertThat(allowed).isEqualTo(200);
		assertThat(nobody.get("/api/v1/applications").status()).isEqualTo(401);
	}

	@Test
	void aLanguageAndAFormatAreKeptApart() throws Exception {
		long id = this.fixtures.pool();
		HttpResponse<String> danish = read(this.port, "/pools/" + id, null);
		HttpResponse<String> english = this.http
			.send(HttpRequest.newBuilder(URI.create(base(this.port) + "/pools/" + id))
				.header("Cookie", "pulje-language=en")
				.build(), HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> json = this.http
			.send(HttpRequest.newBuilder(URI.create(base(this.port) + "/api/v1/pools/" + id))
				.header("Accept", "application/json")
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(Jsoup.parse(danish.body()).select("html").attr("lang")).isEqualTo("da");
		assertThat(Jsoup.parse(english.body()).select("html").attr("lang")).isEqualTo("en");
		assertThat(read(this.port, "/pools/" + id, null).body()).isEqualTo(danish.body());
		assertThat(json.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
	}

	private String rename(long id, Map<String, Object> pool) {
		String renamed = Fixtures.unique("Omdøbt pulje");
		Api.Response current = this.administrator.get("/api/v1/pools/" + id);
		pool.put("name", renamed);
		Api.Response changed = this.administrator.put("/api/v1/pools/" + id, pool, current.eTag());
		assertThat(changed.status()).as(String.valueOf(changed.body())).isEqualTo(200);
		return renamed;
	}

	private void renameWithoutPulje(long id, String name) throws Exception {
		assertThat(TestDatabase.changeWithoutPulje(this.environment, "update pool set name = ? where id = ?", name, id))
			.isEqualTo(1);
	}

	private HttpResponse<String> read(int port, String path, String ifNoneMatch)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base(port) + path));
		if (ifNoneMatch != null) {
			request.header("If-None-Match", ifNoneMatch);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String base(int port) {
		return "http://localhost:" + port;
	}

	private ConfigurableApplicationContext secondNode() {
		return new SpringApplicationBuilder(PuljeApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + this.environment.getProperty("spring.datasource.url"),
				"--spring.datasource.username=" + this.environment.getProperty("spring.datasource.username"),
				"--spring.datasource.password=" + this.environment.getProperty("spring.datasource.password", ""),
				"--pulje.demo-data=false", "--pulje.reminders.cron=-", "--pulje.public-reads.recheck=300ms",
				"--pulje.admin.initial-password=" + TestDatabase.ADMIN_PASSWORD, "--spring.jmx.enabled=false");
	}

}
