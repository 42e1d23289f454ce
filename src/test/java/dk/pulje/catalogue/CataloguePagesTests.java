package dk.pulje.catalogue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import dk.pulje.Api;
import dk.pulje.Fixtures;
import dk.pulje.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The public catalogue pages, as a browser asking in Danish or English gets them. */
@IntegrationTest
class CataloguePagesTests {

	@LocalServerPort
	int port;

	Api administrator;

	Fixtures fixtures;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@BeforeEach
	void connect() {
		this.administrator = Api.asAdministrator(this.port);
		this.fixtures = new Fixtures(this.administrator);
	}

	private HttpResponse<String> page(String path, String language) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept-Language", language)
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void pulje_opensOnTheCatalogue() throws Exception {
		HttpResponse<String> home = page("/", "da");

		assertThat(home.statusCode()).isEqualTo(302);
		assertThat(home.headers().firstValue("Location").orElse("")).endsWith("/pools");
	}

	@Test
	void theCatalogueFindsAPoolByWordsAndShowsItsAmountTheDanishWay() throws Exception {
		Map<String, Object> request = this.fixtures.poolRequest();
		request.put("statedTotalAsWritten", "10,5 mio.");
		request.remove("yearlyAmounts");
		request.put("announced", "ultimo 2018 eller primo 2019");
		this.fixtures.pool(request);
		String name = (String) request.get("name");

		HttpResponse<String> found = page("/pools?q=" + name.replace(" ", "+") + "&eligibleType=MUNICIPALITY", "da");

		assertThat(found.statusCode()).isEqualTo(200);
		assertThat(found.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
		assertThat(Jsoup.parse(found.body()).selectFirst("html").attr("lang")).isEqualTo("da");
		assertThat(Jsoup.parse(found.body()).text()).contains(name, "10,5 mio. kr.", "Varslet", "kommuner",
				"Forventes ultimo 2018 eller primo 2019", "1 puljer");
	}

	@Test
	void aPoolPageShowsItsCallsWhatTheyGrantedAndWhatIsLeft() throws Exception {
		long pool = this.fixtures.pool();
		long call = this.fixtures.closedCall(pool, "200000000.00");
		long aarhus = this.fixtures.organisation("751");
		long application = this.fixtures.submitted(call, aarhus, Map.of(2018, "74600000", 2019, "74600000"));
		this.fixtures.grantInFull(application);
		String title = this.administrator.get("/api/v1/applications/" + application).text("title");

		HttpResponse<String> danish = page("/pools/" + pool, "da");
		HttpResponse<String> english = page("/pools/" + pool, "en");

		assertThat(danish.body()).contains("ansøgningsfrist 11. december 2017 kl. 12.00", title, "Aarhus Kommune",
				"149,2 mio. kr.", "50,8 mio. kr.", "1. januar 2018", "Slutrapport senest 3 måneder",
				"revisorpåtegnet slutregnskab");
		assertThat(Jsoup.parse(english.body()).selectFirst("html").attr("lang")).isEqualTo("en");
		assertThat(Jsoup.parse(english.body()).text()).contains("deadline 11 December 2017, 12:00", "Granted projects");
	}

	@Test
	void aPoolThatDoesNotExistIsAPageNotFound() throws Exception {
		HttpResponse<String> missing = page("/pools/987654321", "da");

		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.body()).contains("Siden findes ikke");
	}

	@Test
	void aPageCarriesNothingFromOtherHostsAndOnlyItsOwnScript() throws Exception {
		HttpResponse<String> catalogue = page("/pools", "da");

		assertThat(catalogue.body()).doesNotContain("http://").doesNotContain("https://");
		assertThat(Pattern.compile("<script[^>]*>").matcher(catalogue.body()).results().map(r -> r.group()))
			.containsExactly("<script src=\"/webjars/htmx.org/dist/htmx.min.js\" defer>");
		HttpResponse<String> script = page("/webjars/htmx.org/dist/htmx.min.js", "da");
		assertThat(script.statusCode()).isEqualTo(200);
		assertThat(script.headers().firstValue("Content-Type"))
			.hasValueSatisfying(t -> assertThat(t).contains("javascript"));
		assertThat(Jsoup.parse(catalogue.body()).select("label[for]").eachAttr("for")).contains("q", "status");
		assertThat(Jsoup.parse(catalogue.body()).select("a[href=#main]")).isNotEmpty();
	}

	/**
	 * What a browser downloads for the catalogue: the page, its style sheet and its one
	 * script, compressed as they travel. Everything comes from Pulje itself; together it
	 * must stay under 100 KB.
	 */
	@Test
	void theCatalogueWithItsStylesAndScriptTravelsInUnder100Kilobytes() throws Exception {
		HttpResponse<String> catalogue = page("/pools", "da");
		List<String> assets = new ArrayList<>();
		Matcher links = Pattern.compile("(?:href|src)=\"(/(?:css|webjars)/[^\"]+)\"").matcher(catalogue.body());
		while (links.find()) {
			assets.add(links.group(1));
		}
		assertThat(assets).hasSize(2);

		long transferred = compressedSize("/pools");
		for (String asset : assets) {
			transferred += compressedSize(asset);
		}

		assertThat(transferred).isLessThan(100 * 1024);
	}

	private long compressedSize(String path) throws IOException, InterruptedException {
		HttpResponse<byte[]> response = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
				.header("Accept-Encoding", "gzip")
				.GET()
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body().length;
	}

}
