package dk.pulje.web;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import dk.pulje.Api;
import dk.pulje.BrowserTest;
import dk.pulje.Chromium;
import dk.pulje.Fixtures;
import dk.pulje.accounts.People;
import dk.pulje.accounts.Role;

import static dk.pulje.Chromium.pastTheWindow;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page a person of each role reaches from the menu, and from there by the links on
 * the pages, fits the window of a phone held upright: nothing turns the page sideways.
 * One page of each kind is opened (the ids in an address do not count), so a new page is
 * walked as soon as a link leads to it.
 */
@BrowserTest
@TestPropertySource(properties = { "pulje.demo-data=true", "pulje.test.db-name=browser" })
class PhoneWalkTests {

	/** Enough for every kind of page a role reaches today, with room for more. */
	private static final int PAGES_A_ROLE = 150;

	private static final Chromium chromium = Chromium.shared();

	@LocalServerPort
	int port;

	@Test
	void everyPageEachRoleReachesFitsAPhone() {
		Api administrator = Api.asAdministrator(this.port);
		People people = new People(administrator);
		long aarhus = new Fixtures(administrator).organisation("751");
		List<String> tooWide = new ArrayList<>();
		for (Role role : Role.values()) {
			People.Person person = people.open(role, role == Role.APPLICANT ? List.of(aarhus) : List.of());
			Page page = Chromium.signIn(chromium.danishPhone(), base(), person.username(), person.password());
			int walked = walk(page, role, tooWide);
			assertThat(walked).as("pages %s reaches", role).isGreaterThan(5);
			page.context().close();
		}
		assertThat(tooWide).isEmpty();
	}

	private int walk(Page page, Role role, List<String> tooWide) {
		Deque<String> next = new ArrayDeque<>(links(page, "header nav a[href^='/']"));
		Set<String> kinds = new HashSet<>();
		next.removeIf(path -> !kinds.add(kind(path)));
		int walked = 0;
		while (!next.isEmpty() && walked < PAGES_A_ROLE) {
			String path = next.poll();
			if (!open(page, path)) {
				continue;
			}
			walked++;
			List<String> past = pastTheWindow(page);
			if (!past.isEmpty()) {
				tooWide.add(role + " " + path + ": " + past);
			}
			for (String link : links(page, "main a[href^='/']:not([download])")) {
				if (kinds.add(kind(link))) {
					next.add(link);
				}
			}
		}
		return walked;
	}

	/** Opens a page; false for what is not a page (a download, a file, a refusal). */
	private boolean open(Page page, String path) {
		try {
			Response response = page.navigate(base() + path);
			return response != null && response.status() < 400
					&& String.valueOf(response.headerValue("content-type")).startsWith("text/html");
		}
		catch (PlaywrightException ex) {
			if (ex.getMessage().contains("Download is starting")) {
				return false;
			}
			throw ex;
		}
	}

	@SuppressWarnings("unchecked")
	private static List<String> links(Page page, String selector) {
		return (List<String>) page.evaluate(
				"selector => [...document.querySelectorAll(selector)].map(a => a.getAttribute('href'))", selector);
	}

	/** The kind of page an address leads to: the address without its ids and query. */
	private static String kind(String path) {
		return path.replaceAll("\\?.*", "").replaceAll("\\d+", "N");
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

}
