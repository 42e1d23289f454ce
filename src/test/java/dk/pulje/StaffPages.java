package dk.pulje;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Connection;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import dk.pulje.accounts.People;
import dk.pulje.accounts.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member of the authority's staff at the pages, as a browser without JavaScript is:
 * signed in through the login form, posting forms with the session's CSRF token, and
 * reading each page as a DOM whose parts are found by id.
 */
public final class StaffPages {

	private final SessionClient session = new SessionClient();

	private final String base;

	private String token;

	private StaffPages(int port) {
		this.base = "http://localhost:" + port;
	}

	/** A caseworker with an account of its own, signed in. */
	public static StaffPages caseworker(int port) {
		return signedIn(port, new People(Api.asAdministrator(port)).open(Role.CASEWORKER, List.of()));
	}

	/**
	 * The pages as the person sees them, signed in: an applicant's as well as staff's.
	 */
	public static StaffPages signedIn(int port, People.Person person) {
		StaffPages pages = new StaffPages(port);
		try {
			pages.session.signIn(pages.base, person.username(), person.password());
			pages.token = pages.session.csrfToken(pages.base + "/account");
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
		return pages;
	}

	/** The page at the path, which must answer 200. */
	public Document get(String path) {
		HttpResponse<String> response = send(() -> this.session.get(this.base + path));
		assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
		return Jsoup.parse(response.body(), this.base + path);
	}

	/** What the path answers, whatever its status. */
	public int status(String path) {
		return send(() -> this.session.get(this.base + path)).statusCode();
	}

	/**
	 * Posts a form: names and values in turn, a name repeated for each value of a list.
	 */
	public HttpResponse<String> post(String path, String... namesAndValues) {
		List<String> pairs = new ArrayList<>(List.of("_csrf=" + encode(this.token)));
		for (int i = 0; i < namesAndValues.length; i += 2) {
			pairs.add(encode(namesAndValues[i]) + "=" + encode(namesAndValues[i + 1]));
		}
		return send(() -> this.session.postForm(this.base + path, String.join("&", pairs)));
	}

	/**
	 * The page's own form (not the header's) as the page filled it in, with the fields
	 * named typed anew: names and values in turn.
	 */
	public static String[] filledIn(Document page, String... namesAndValues) {
		Map<String, String> typed = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			typed.put(namesAndValues[i], namesAndValues[i + 1]);
		}
		List<String> fields = new ArrayList<>();
		for (Connection.KeyVal pair : page.expectForm("main form[method=post]").formData()) {
			if (!pair.key().equals("_csrf") && !typed.containsKey(pair.key())) {
				fields.add(pair.key());
				fields.add(pair.value());
			}
		}
		typed.forEach((name, value) -> {
			fields.add(name);
			fields.add(value);
		});
		return fields.toArray(String[]::new);
	}

	/** The page a refused form came back as, read as a DOM. */
	public static Document page(HttpResponse<String> response) {
		assertThat(response.statusCode()).as("a refused form shows its page again").isEqualTo(200);
		return Jsoup.parse(response.body());
	}

	/** Where a saved form sent the browser. */
	public static String redirect(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
		return response.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private interface Request {

		HttpResponse<String> send() throws IOException, InterruptedException;

	}

	private static HttpResponse<String> send(Request request) {
		try {
			return request.send();
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
