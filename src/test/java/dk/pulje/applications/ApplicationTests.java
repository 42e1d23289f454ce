package dk.pulje.applications;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import dk.pulje.money.Amount;
import dk.pulje.money.DanishTime;
import dk.pulje.money.ProjectPeriod;
import dk.pulje.money.YearlyAmounts;
import dk.pulje.organisations.OrganisationType;
import dk.pulje.organisations.OrganisationView;
import dk.pulje.pools.ApplicationForm;
import dk.pulje.pools.ContentArea;
import dk.pulje.pools.HoldBack;
import dk.pulje.pools.PoolStatus;
import dk.pulje.pools.Decider;
import dk.pulje.pools.PoolView;
import dk.pulje.rules.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;

class ApplicationTests {

	private static final OffsetDateTime RECEIVED = DanishTime.at(LocalDateTime.of(2017, 12, 1, 10, 0));

	private static final OrganisationView AARHUS = organisation(1, "Aarhus Kommune", OrganisationType.MUNICIPALITY);

	private static final OrganisationView ODENSE = organisation(2, "Odense Kommune", OrganisationType.MUNICIPALITY);

	private static final OrganisationView MIDTJYLLAND = organisation(3, "Region Midtjylland", OrganisationType.REGION);

	private static OrganisationView organisation(long id, String name, OrganisationType type) {
		return new OrganisationView(id, 0, name, type, null, null, null, false);
	}

	private static PoolView pool(ApplicationForm form, Set<OrganisationType> eligible) {
		return pool(form, eligible, List.of(new ContentArea("akut", "Akutfunktioner", null, null)));
	}

	private static PoolView pool(ApplicationForm form, Set<OrganisationType> eligible, List<ContentArea> areas) {
		return new PoolView(1, 0, null, "Puljen", null, null, PoolStatus.OPEN, form, eligible, areas,
				Amount.ofMillions("200"), null, null, YearlyAmounts.NONE, List.of(), ProjectPeriod.years(2018, 2020),
				null, List.of(), List.of(), List.of(), null, Decider.CASEWORKER, false, HoldBack.NONE, List.of(),
				List.of(), Amount.ZERO, Amount.ZERO, Amount.ZERO, Amount.ZERO, Amount.ZERO, YearlyAmounts.NONE,
				List.of(), false);
	}

	private static Application draft(List<Long> partners, String area, Map<Integer, String> budget) {
		List<ApplicationRequest.BudgetLineRequest> lines = new TreeMap<>(budget).entrySet()
			.stream()
			.map(e -> new ApplicationRequest.BudgetLineRequest(e.getKey(), "Løn", Amount.ofMillions(e.getValue())))
			.toList();
		return Application.draft(new ApplicationRequest(1L, 1L, partners, area, "Akutteam", null, null, lines), 1L,
				false);
	}

	private static RuleViolation refusal(Runnable action) {
		try {
			action.run();
		}
		catch (RuleViolation ex) {
			return ex;
		}
		throw new AssertionError("expected the rule to refuse");
	}

	@Test
	void aMunicipalityCannotApplyToARegionsOnlyPool() {
		Application application = draft(List.of(), "akut", Map.of(2018, "1"));

		RuleViolation refusal = refusal(() -> application
			.submit(pool(ApplicationForm.ALONE_OR_JOINT, Set.of(OrganisationType.REGION)), List.of(AARHUS), RECEIVED));

		assertThat(refusal.rule()).isEqualTo("organisation-not-eligible");
		assertThat(refusal.field()).isEqualTo("leadOrganisationId");
		assertThat(application.status()).isEqualTo(ApplicationStatus.DRAFT);
	}

	@Test
	void aPoolWithoutContentAreasTakesAnApplicationThatNamesNoneAndOneWithAreasAsksForOne() {
		Application withoutArea = draft(List.of(), null, Map.of(2018, "1"));
		Application stillWithout = draft(List.of(), null, Map.of(2018, "1"));

		withoutArea.submit(pool(ApplicationForm.ALONE_OR_JOINT, Set.of(OrganisationType.MUNICIPALITY), List.of()),
				List.of(AARHUS), RECEIVED);
		RuleViolation refusal = refusal(
				() -> stillWithout.submit(pool(ApplicationForm.ALONE_OR_JOINT, Set.of(OrganisationType.MUNICIPALITY)),
						List.of(AARHUS), RECEIVED));

		assertThat(withoutArea.status()).isEqualTo(ApplicationStatus.SUBMITTED);
		assertThat(refusal.rule()).isEqualTo("content-area-missing");
		assertThat(refusal.getMessage()).doesNotContain("null");
	}

	@Test
	void aPartnerThatMayNotApplyIsNamedByItsPlace() {
		Application application = draft(List.of(3L), "akut", Map.of(2018, "1"));

		RuleViolation refusal = refusal(
				() -> application.submit(pool(ApplicationForm.ALONE_OR_JOINT, Set.of(OrganisationType.MUNICIPALITY)),
						List.of(AARHUS, MIDTJYLLAND), RECEIVED));

		assertThat(refusal.field()).isEqualTo("partnerOrganisationIds[0]");
	}

	@Test
	void aJointPoolRefusesAnOrganisationApplyingAlone() {
		Application application = draft(List.of(), "akut", Map.of(2018, "1"));

		RuleViolation refusal = refusal(() -> application
			.submit(pool(ApplicationForm.JOINT, Set.of(OrganisationType.MUNICIPALITY)), List.of(AARHUS), RECEIVED));

		assertThat(refusal.rule()).isEqualTo("joint-application-required");
	}

	@Test
	void aCrossSectorPoolRefusesTwoMunicipalitiesButAcceptsAMunicipalityWithARegion() {
		Set<OrganisationType> both = Set.of(OrganisationType.MUNICIPALITY, OrganisationType.REGION);
		Application twoMunicipalities = draft(List.of(2L), "akut", Map.of(2018, "1"));
		Application acrossSectors = draft(List.of(3L), "akut", Map.of(2018, "1"));

		RuleViolation refusal = refusal(() -> twoMunicipalities.submit(pool(ApplicationForm.JOINT_ACROSS_TYPES, both),
				List.of(AARHUS, ODENSE), RECEIVED));
		acrossSectors.submit(pool(ApplicationForm.JOINT_ACROSS_TYPES, both), List.of(AARHUS, MIDTJYLLAND), RECEIVED);

		assertThat(refusal.rule()).isEqualTo("joint-across-types-required");
		assertThat(acrossSectors.status()).isEqualTo(ApplicationStatus.SUBMITTED);
	}

	@Test
	void aBudgetYearOutsideTheProjectPeriodIsRefusedByItsLine() {
		Application application = draft(List.of(), "akut", Map.of(2018, "1", 2021, "1"));

		RuleViolation refusal = refusal(
				() -> application.submit(pool(ApplicationForm.ALONE_OR_JOINT, Set.of(OrganisationType.MUNICIPALITY)),
						List.of(AARHUS), RECEIVED));

		assertThat(refusal.rule()).isEqualTo("budget-year-outside-period");
		assertThat(refusal.field()).isEqualTo("budgetLines[1].year");
	}

	@Test
	void aContentAreaThatIsNotThePoolsIsRefused() {
		Application application = draft(List.of(), "bosteder", Map.of(2018, "1"));

		RuleViolation refusal = refusal(
				() -> application.submit(pool(ApplicationForm.ALONE_OR_JOINT, Set.of(OrganisationType.MUNICIPALITY)),
						List.of(AARHUS), RECEIVED));

		assertThat(refusal.rule()).isEqualTo("content-area-not-in-pool");
		assertThat(refusal.field()).isEqualTo("contentAreaCode");
	}

	@Test
	void theAmountAskedForIsWhatTheBudgetLinesAddUpTo() {
		Application application = draft(List.of(), "akut", Map.of(2018, "12.8", 2019, "12.8", 2020, "12.8"));

		assertThat(application.requested().total()).isEqualTo(Amount.ofMillions("38.4"));
	}

	@Test
	void aPartialGrantAboveWhatWasAskedInAYearIsRefused() {
		Application application = submitted(Map.of(2018, "10", 2019, "10"));

		RuleViolation refusal = refusal(() -> application.decide(
				new DecisionRequest(DecisionOutcome.GRANTED_IN_PART,
						YearlyAmounts.of(Map.of(2018, Amount.ofMillions("10").plus(Amount.ofOre(1)))), null),
				"sagsbehandler", RECEIVED));

		assertThat(refusal.rule()).isEqualTo("grant-above-request");
		assertThat(refusal.field()).isEqualTo("grantedByYear.2018");
	}

	@Test
	void aPartialGrantGivesTheAmountsByYear() {
		Application application = submitted(Map.of(2018, "15", 2019, "15", 2020, "15"));

		YearlyAmounts granted = application.decide(new DecisionRequest(DecisionOutcome.GRANTED_IN_PART,
				YearlyAmounts.of(Map.of(2018, Amount.ofMillions("13.4"), 2019, Amount.ofMillions("13.3"), 2020,
						Amount.ofMillions("13.3"))),
				null), "sagsbehandler", RECEIVED);

		assertThat(granted.total()).isEqualTo(Amount.ofMillions("40"));
		assertThat(application.status()).isEqualTo(ApplicationStatus.DECIDED);
	}

	@Test
	void aRejectionNeedsAReason() {
		Application application = submitted(Map.of(2018, "1"));

		RuleViolation refusal = refusal(() -> application
			.decide(new DecisionRequest(DecisionOutcome.REJECTED, null, " "), "sagsbehandler", RECEIVED));

		assertThat(refusal.field()).isEqualTo("reason");
	}

	@Test
	void aDecidedApplicationCannotBeWithdrawn() {
		Application application = submitted(Map.of(2018, "1"));
		application.decide(new DecisionRequest(DecisionOutcome.GRANTED_IN_FULL, null, null), "sagsbehandler", RECEIVED);

		RuleViolation refusal = refusal(() -> application.withdraw(RECEIVED));

		assertThat(refusal.rule()).isEqualTo("application-not-withdrawable");
	}

	private static Application submitted(Map<Integer, String> budget) {
		Application application = draft(List.of(), "akut", budget);
		application.submit(pool(ApplicationForm.ALONE_OR_JOINT, Set.of(OrganisationType.MUNICIPALITY)), List.of(AARHUS),
				RECEIVED);
		return application;
	}

}
