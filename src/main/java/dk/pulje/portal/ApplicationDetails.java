package dk.pulje.portal;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import dk.pulje.applications.ApplicationView;
import dk.pulje.audit.AuditHistory;
import dk.pulje.grants.GrantManagement;
import dk.pulje.organisations.OrganisationRegister;
import dk.pulje.pools.PoolManagement;

/**
 * What the shared application fragment ({@code portal/details}) shows, for the
 * applicant's pages and the caseworker's alike: the application, its call and pool, the
 * names of its organisations, what a grant has paid out, and its history.
 */
@Component
public class ApplicationDetails {

	private final PoolManagement pools;

	private final OrganisationRegister organisations;

	private final AuditHistory history;

	private final GrantManagement grants;

	ApplicationDetails(PoolManagement pools, OrganisationRegister organisations, AuditHistory history,
			GrantManagement grants) {
		this.pools = pools;
		this.organisations = organisations;
		this.history = history;
		this.grants = grants;
	}

	public void describe(ApplicationView application, Model model) {
		model.addAttribute("app", application);
		model.addAttribute("history",
				this.history.history("applications", application.id(), AuditHistory.newestFirst(0, 50)).items());
		model.addAttribute("call", this.pools.call(application.callId()));
		model.addAttribute("pool", this.pools.pool(application.poolId()));
		model.addAttribute("organisationNames", this.organisations.names(application.organisationIds()));
		model.addAttribute("project", this.grants.projectOf(application.id()).orElse(null));
	}

}
