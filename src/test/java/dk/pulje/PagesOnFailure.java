package dk.pulje;

import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * When a browser test fails, says what the browser windows it had open were showing: the
 * address and the start of the main text of each, so that a failure seen only in CI (a
 * button that never appeared) tells what was on the page instead.
 */
public class PagesOnFailure implements TestExecutionExceptionHandler {

	private static final int WINDOWS = 3;

	private static final int CHARACTERS = 1500;

	@Override
	public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
		StringBuilder shown = new StringBuilder(String.valueOf(failure.getMessage()));
		List<BrowserContext> windows = Chromium.shared().browser().contexts();
		for (BrowserContext window : windows.subList(Math.max(0, windows.size() - WINDOWS), windows.size())) {
			for (Page page : window.pages()) {
				shown.append("\n--- the page at ").append(page.url()).append(":\n").append(mainText(page));
			}
		}
		AssertionError explained = new AssertionError(shown.toString(), failure);
		explained.setStackTrace(failure.getStackTrace());
		throw explained;
	}

	private static String mainText(Page page) {
		try {
			page.setDefaultTimeout(2000);
			Object text = page.evaluate("() => (document.querySelector('main') || document.body).innerText");
			String all = String.valueOf(text);
			return all.length() > CHARACTERS ? all.substring(0, CHARACTERS) + " ..." : all;
		}
		catch (PlaywrightException unreadable) {
			return "(could not be read: " + unreadable.getMessage().lines().findFirst().orElse("") + ")";
		}
	}

}
