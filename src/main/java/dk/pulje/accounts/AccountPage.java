package dk.pulje.accounts;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import dk.pulje.web.Pages;

/**
 * The login page (a password form, and the business login where one is configured) and
 * the page a person lands on after signing in. A failed login says only that it failed,
 * never whether the account exists or is locked.
 */
@Controller
class AccountPage implements Pages {

	private final AccountManagement accounts;

	private final BusinessLogin businessLogin;

	AccountPage(AccountManagement accounts, BusinessLogin businessLogin) {
		this.accounts = accounts;
		this.businessLogin = businessLogin;
	}

	@GetMapping("/login")
	String login(Model model) {
		String provider = this.businessLogin.name();
		if (provider != null) {
			model.addAttribute("businessLogin", provider);
		}
		return "accounts/login";
	}

	/** Where a person lands after signing in: the part of Pulje its role works in. */
	@GetMapping("/start")
	String start() {
		return SignedIn.current().map(person -> switch (person.role()) {
			case APPLICANT -> "redirect:/my";
			case CASEWORKER, ADMINISTRATOR -> "redirect:/casework";
			case ANALYST -> "redirect:/dashboard";
			case REVIEWER -> "redirect:/reviews";
			case DECISION_MAKER -> "redirect:/decisions";
		}).orElse("redirect:/login");
	}

	@GetMapping("/account")
	String account(Model model) {
		model.addAttribute("me", this.accounts.me());
		return "accounts/account";
	}

}
