package dk.pulje.accounts.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dk.pulje.accounts.AccountRequest;
import dk.pulje.accounts.AccountView;
import dk.pulje.accounts.Role;
import dk.pulje.web.FormValues;

import static dk.pulje.web.FormValues.orNull;
import static dk.pulje.web.FormValues.validatedLater;

/**
 * An account as its form posts it, every field as typed: the username (fixed once the
 * account is open), the name, the e-mail address, the role, and the organisations it
 * works for, by id.
 */
record AccountForm(@Nullable Long version, @Nullable String username, @Nullable String displayName,
		@Nullable String email, @Nullable String role, List<String> organisationIds) {

	AccountForm {
		organisationIds = FormValues.rows(organisationIds);
	}

	static AccountForm blank() {
		return new AccountForm(null, null, null, null, Role.APPLICANT.name(), List.of());
	}

	static AccountForm of(AccountView account) {
		return new AccountForm(account.version(), account.username(), account.displayName(), account.email(),
				account.role().name(), account.organisationIds().stream().map(String::valueOf).toList());
	}

	/** What the form asks for, with the fields that cannot be read named in errors. */
	AccountRequest toRequest(FormValues values, Map<String, String> errors) {
		Set<Long> organisations = new LinkedHashSet<>();
		for (String id : this.organisationIds) {
			Long read = values.id(id, "organisationIds", errors);
			if (read != null) {
				organisations.add(read);
			}
		}
		return new AccountRequest(validatedLater(orNull(this.username)), orNull(this.displayName), orNull(this.email),
				validatedLater(values.choice(Role.class, this.role, "role", errors)), organisations);
	}

	public boolean hasOrganisation(long id) {
		return this.organisationIds.contains(String.valueOf(id));
	}

}
