package dk.pulje.accounts.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dk.pulje.accounts.AccountManagement;
import dk.pulje.accounts.AccountView;
import dk.pulje.accounts.Role;
import dk.pulje.organisations.OrganisationRegister;
import dk.pulje.paging.Paging;
import dk.pulje.web.FormCheck;
import dk.pulje.web.FormValues;
import dk.pulje.web.Pages;

/**
 * The administrator's account pages. Who has which role, filtered by role and username;
 * opening an account, whose generated password is shown once, on the page that answers
 * the form and nowhere else; changing an account's name, address, role and organisations
 * on the version read; deactivating it (it keeps its history); and activating it again,
 * which also lifts a lock from failed logins.
 */
@Controller
class AccountPages implements Pages {

	private final AccountManagement accounts;

	private final OrganisationRegister organisations;

	private final FormCheck check;

	private final FormValues values;

	AccountPages(AccountManagement accounts, OrganisationRegister organisations, FormCheck check, FormValues values) {
		this.accounts = accounts;
		this.organisations = organisations;
		this.check = check;
		this.values = values;
	}

	@GetMapping("/admin/accounts")
	String accounts(@RequestParam(required = false) @Nullable Role role,
			@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable Integer page,
			Model model) {
		model.addAttribute("accounts", this.accounts.accounts(role, q,
				Paging.of(page, Paging.DEFAULT_SIZE, null, AccountManagement.SORTS, "username")));
		model.addAttribute("role", role);
		model.addAttribute("q", q);
		model.addAttribute("roles", Role.values());
		return "accounts/accounts";
	}

	@GetMapping("/admin/accounts/new")
	String blank(Model model) {
		return form(null, AccountForm.blank(), Map.of(), model);
	}

	/**
	 * Opens the account and shows its generated password, this once; the page is not kept
	 * by the browser.
	 */
	@PostMapping("/admin/accounts/new")
	String open(@ModelAttribute("form") AccountForm form, HttpServletResponse response, Model model) {
		Map<String, String> errors = new LinkedHashMap<>();
		Optional<AccountManagement.OpenedAccount> opened = this.check.save(form.toRequest(this.values, errors), errors,
				FormCheck::inputId, "account", this.accounts::open);
		if (opened.isEmpty()) {
			return form(null, form, errors, model);
		}
		response.setHeader("Cache-Control", "no-store");
		model.addAttribute("opened", opened.get());
		return "accounts/opened";
	}

	@GetMapping("/admin/accounts/{id}")
	String account(@PathVariable long id, Model model) {
		AccountView account = this.accounts.account(id);
		return form(account, AccountForm.of(account), Map.of(), model);
	}

	@PostMapping("/admin/accounts/{id}")
	String change(@PathVariable long id, @ModelAttribute("form") AccountForm form, Model model) {
		AccountView account = this.accounts.account(id);
		Map<String, String> errors = new LinkedHashMap<>();
		if (this.check
			.save(form.toRequest(this.values, errors), errors, FormCheck::inputId, "account",
					request -> this.accounts.change(id, form.version() == null ? -1 : form.version(), request))
			.isPresent()) {
			return "redirect:/admin/accounts/" + id + "?saved";
		}
		return form(account, form, errors, model);
	}

	/** Deactivates the account; an administrator's own is refused, at the page. */
	@PostMapping("/admin/accounts/{id}/deactivate")
	String deactivate(@PathVariable long id, Model model) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (this.values.attempt(() -> this.accounts.deactivate(id), errors, field -> "account", "account")
			.isPresent()) {
			return "redirect:/admin/accounts/" + id + "?deactivated";
		}
		AccountView account = this.accounts.account(id);
		return form(account, AccountForm.of(account), errors, model);
	}

	/** Lets the account sign in again, and lifts a lock from failed logins. */
	@PostMapping("/admin/accounts/{id}/activate")
	String activate(@PathVariable long id) {
		this.accounts.activate(id);
		return "redirect:/admin/accounts/" + id + "?activated";
	}

	private String form(@Nullable AccountView account, AccountForm form, Map<String, String> errors, Model model) {
		model.addAttribute("account", account);
		model.addAttribute("lockedUntil",
				account == null ? null : this.accounts.lockedUntil(account.id()).orElse(null));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("roles", Role.values());
		model.addAttribute("allOrganisations",
				this.organisations
					.list(new OrganisationRegister.Filter(null, null, null, null, null),
							Paging.of(0, Paging.MAX_SIZE, "name", OrganisationRegister.SORTABLE, "name"))
					.items());
		return "accounts/account-form";
	}

}
