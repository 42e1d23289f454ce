package dk.pulje.accounts;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

/** The page a person lands on after signing in: who they are, their role, and a way to sign out. */
@Controller
class AccountPage {

	private final AccountManagement accounts;

	AccountPage(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@GetMapping(value = "/account", produces = MediaType.TEXT_HTML_VALUE)
	@ResponseBody
	String account(org.springframework.security.web.csrf.CsrfToken csrf) {
		AccountView me = this.accounts.me();
		return """
				<!DOCTYPE html>
				<html lang="da"><head><meta charset="utf-8"><title>Din konto – Pulje</title></head>
				<body><main>
				<h1>Din konto</h1>
				<p>Du er logget ind som <strong>%s</strong> (%s).</p>
				<form method="post" action="/logout"><input type="hidden" name="%s" value="%s">
				<button type="submit">Log ud</button></form>
				</main></body></html>""".formatted(HtmlUtils.htmlEscape(me.username()), me.role(),
				HtmlUtils.htmlEscape(csrf.getParameterName()), HtmlUtils.htmlEscape(csrf.getToken()));
	}

}
