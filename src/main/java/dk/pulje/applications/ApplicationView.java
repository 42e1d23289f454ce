package dk.pulje.applications;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dk.pulje.money.Amount;
import dk.pulje.money.DanishTime;
import dk.pulje.money.YearlyAmounts;

/**
 * An application as the API shows it, with what it asks for computed from its budget, and
 * its decision.
 */
public record ApplicationView(long id, long version, long callId, long poolId, long leadOrganisationId,
		List<Long> partnerOrganisationIds, @Nullable String contentAreaCode, String title, @Nullable String summary,
		@Nullable String goals, List<BudgetLine> budgetLines, YearlyAmounts requested, Amount requestedTotal,
		@Nullable ApplicationStatus status, @Nullable OffsetDateTime submittedAt, @Nullable String receiptRegisteredBy,
		@Nullable OffsetDateTime withdrawnAt, @Nullable Decision decision, List<String> coAuthors,
		List<Attachment> attachments, boolean demo) {

	/**
	 * The decision on an application: the outcome, what it grants by year and in all, the
	 * years granted on the condition of their Finance Act, and why.
	 */
	public record Decision(DecisionOutcome outcome, YearlyAmounts grantedByYear, Amount grantedTotal,
			Set<Integer> conditionalYears, @Nullable String reason, @Nullable OffsetDateTime decidedAt,
			@Nullable String registeredBy, @Nullable OffsetDateTime registeredAt) {

		/** Whether the decision was made on another day than it was registered. */
		public boolean registeredLater() {
			return this.decidedAt != null && this.registeredAt != null
					&& !this.decidedAt.toLocalDate().equals(this.registeredAt.toLocalDate());
		}

	}

	/** The lead organisation first, then the partners. */
	public List<Long> organisationIds() {
		List<Long> ids = new ArrayList<>(List.of(this.leadOrganisationId));
		ids.addAll(this.partnerOrganisationIds);
		return ids;
	}

	static ApplicationView of(Application a) {
		List<Long> ids = a.organisationIds();
		YearlyAmounts requested = a.requested();
		Decision decision = a.decisionOutcome() == null ? null
				: new Decision(a.decisionOutcome(), a.granted(), a.granted().total(), a.conditionalYears(),
						a.decisionReason(), DanishTime.shown(a.decidedAt()), a.decisionRegisteredBy(),
						DanishTime.shown(a.decisionRegisteredAt()));
		return new ApplicationView(a.id(), a.version(), a.callId(), a.poolId(), a.leadOrganisationId(),
				ids.subList(1, ids.size()), a.contentAreaCode(), a.title(), a.summary(), a.goals(), a.budgetLines(),
				requested, requested.total(), a.status(), DanishTime.shown(a.submittedAt()), a.receiptRegisteredBy(),
				DanishTime.shown(a.withdrawnAt()), decision, a.coAuthorEmails(), a.attachments(), a.demo());
	}

}
