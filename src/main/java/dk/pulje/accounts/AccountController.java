package dk.pulje.accounts;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dk.pulje.paging.PageOf;
import dk.pulje.paging.Paging;
import dk.pulje.web.Versions;

/** Accounts for administrators, and each person's own account and tokens. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Accounts", description = "Accounts, roles and organisations; your own personal access tokens")
class AccountController {

	private final AccountManagement accounts;

	AccountController(AccountManagement accounts) {
		this.accounts = accounts;
	}

	/** The name of a new token, so that its owner can tell it from the others. */
	record TokenRequest(@NotBlank @Size(max = 100) String name) {
	}

	@GetMapping("/accounts")
	@Operation(summary = "List accounts",
			description = "The accounts of people who sign in, by role or a text, a page at a time.")
	PageOf<AccountView> list(@RequestParam(required = false) Role role, @RequestParam(required = false) String q,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String sort) {
		return this.accounts.accounts(role, q, Paging.of(page, size, sort, AccountManagement.SORTS, "username"));
	}

	@GetMapping("/accounts/{id}")
	@Operation(summary = "Read an account",
			description = "An account with its roles and, for an applicant, its organisations.")
	ResponseEntity<AccountView> read(@PathVariable long id) {
		AccountView account = this.accounts.account(id);
		return Versions.withETag(account, account.version());
	}

	@PostMapping("/accounts")
	@Operation(summary = "Open an account",
			description = "Opens an account and answers 201 with its address and the first password, which is shown only "
					+ "this once.")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<AccountManagement.OpenedAccount> open(@Valid @RequestBody AccountRequest request) {
		AccountManagement.OpenedAccount opened = this.accounts.open(request);
		return Versions.created("/api/v1/accounts/" + opened.account().id(), opened, opened.account().version());
	}

	@PutMapping("/accounts/{id}")
	@Operation(summary = "Change an account",
			description = "Replaces the account's name, role and organisations. `If-Match` must name the version the "
					+ "change was made from.")
	ResponseEntity<AccountView> change(@PathVariable long id, @RequestHeader(name = "If-Match") String ifMatch,
			@Valid @RequestBody AccountRequest request) {
		AccountView account = this.accounts.change(id, Versions.requireIfMatch(ifMatch), request);
		return Versions.withETag(account, account.version());
	}

	@PostMapping("/accounts/{id}/deactivate")
	@Operation(summary = "Deactivate an account",
			description = "The account can no longer sign in, and its tokens stop working; what it did stays in the history.")
	AccountView deactivate(@PathVariable long id) {
		return this.accounts.deactivate(id);
	}

	@PostMapping("/accounts/{id}/activate")
	@Operation(summary = "Activate an account", description = "A deactivated account can sign in again.")
	AccountView activate(@PathVariable long id) {
		return this.accounts.activate(id);
	}

	@GetMapping("/me")
	@Operation(summary = "Read your own account",
			description = "The signed-in account, with its roles and organisations.")
	AccountView me() {
		return this.accounts.me();
	}

	@GetMapping("/me/tokens")
	@Operation(summary = "List your tokens",
			description = "Your personal access tokens, without their secrets: name, when made, when last used, and "
					+ "whether revoked.")
	List<TokenView> tokens() {
		return this.accounts.myTokens();
	}

	@PostMapping("/me/tokens")
	@Operation(summary = "Make a token",
			description = "Makes a personal access token for scripts, and answers 201 with its secret, which is shown only "
					+ "this once. Send it as `Authorization: Bearer pulje_...`.")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<AccountManagement.IssuedToken> issue(@Valid @RequestBody TokenRequest request) {
		AccountManagement.IssuedToken issued = this.accounts.issueToken(request.name());
		return Versions.created("/api/v1/me/tokens/" + issued.token().id(), issued, 0);
	}

	@PostMapping("/me/tokens/{id}/revoke")
	@Operation(summary = "Revoke a token", description = "The token stops working at once.")
	TokenView revoke(@PathVariable long id) {
		return this.accounts.revokeToken(id);
	}

}
