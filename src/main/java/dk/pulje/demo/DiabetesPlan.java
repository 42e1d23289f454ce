package dk.pulje.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import dk.pulje.funding.MoneyKind;
import dk.pulje.money.Amount;
import dk.pulje.plans.ActionPlanRequest.AssessmentRequest;
import dk.pulje.plans.ActionPlanRequest.CellRequest;
import dk.pulje.plans.ActionPlanRequest.FocusAreaRequest;
import dk.pulje.plans.ActionPlanRequest.FundingRequest;
import dk.pulje.plans.ActionPlanRequest.IndicatorRequest;
import dk.pulje.plans.ActionPlanRequest.InitiativeRequest;
import dk.pulje.plans.ActionPlanRequest.RowRequest;
import dk.pulje.plans.ActionPlanRequest.StatedTotalRequest;
import dk.pulje.plans.ActionPlanRequest.StatusRequest;
import dk.pulje.plans.ActionPlanRequest.TrackRequest;
import dk.pulje.plans.ActionPlanRequest.ValueRequest;
import dk.pulje.plans.ActionPlanRequest;
import dk.pulje.plans.InitiativeState;
import dk.pulje.plans.PlanManagement;
import dk.pulje.plans.Progress;

/**
 * Seed 002: Copenhagen's action plan for type 2 diabetes 2016-2019, its three tracks, the
 * 2018 status, the indicators and the funding table as the plan prints it (amounts in
 * mio. kr.; "(A)" is capital). The texts are Pulje's own words; the figures are the
 * source's. The source gives 2018's 1 076 citizens in courses as "about 25 %" more than
 * 2017, so 2017's value is the approximate one that follows from it, and marked as such.
 */
@Component
class DiabetesPlan {

	private final PlanManagement plans;

	DiabetesPlan(PlanManagement plans) {
		this.plans = plans;
	}

	long record() {
		ActionPlanRequest plan = new ActionPlanRequest("Handleplan for type 2-diabetes 2016-2019",
				"Sundheds- og Omsorgsforvaltningen, Københavns Kommune", "Sundheds- og Omsorgsudvalget",
				LocalDate.of(2016, 8, 18), 2016, 2019,
				"Københavnere med type 2-diabetes skal have et liv med høj livskvalitet og lige muligheder for et godt "
						+ "og langt liv: forstadier opspores tidligere, og rehabilitering og behandling bliver bedre.",
				false, null, tracks(), assessments(), statuses(), indicators(), funding());
		return this.plans.record(plan, true).id();
	}

	private static List<TrackRequest> tracks() {
		return List.of(new TrackRequest(1, "Ulighed i forekomst og konsekvenser af diabetes skal reduceres",
				"Indsatser, der mindsker den sociale ulighed i, hvem der får type 2-diabetes, og hvad sygdommen fører med sig.",
				List.of(new FocusAreaRequest(1, "Opsporing i udsatte boligområder"),
						new FocusAreaRequest(2, "Mentorer og frivillige"),
						new FocusAreaRequest(3, "Tilbud efter borgerens behov"),
						new FocusAreaRequest(4, "Patientuddannelse"), new FocusAreaRequest(5, "Viden om virkning")),
				List.of(new InitiativeRequest(1, 1, "Udgående rehabilitering i Tingbjerg",
						"Et team, der finder og følger borgere i høj risiko i deres eget kvarter.",
						"Praktiserende læger, hjemmeplejen, lokale foreninger", null, null, null),
						new InitiativeRequest(2, 2, "Sammen om Diabetes",
								"Sårbare borgere får en frivillig mentor og bygger selv evnen op til at ændre livsstil.",
								"Københavns Universitet (erhvervs-ph.d.)", null, null, null),
						new InitiativeRequest(3, 3, "Differentierede indsatser",
								"Tilbud, der passer til den enkeltes behov og livssituation, også for borgere med ikke-vestlig baggrund.",
								null, null, null, null),
						new InitiativeRequest(4, 5, "Effektmåling af borgerforløb",
								"Målinger ved start og slut af hvert forløb, som borgeren selv kan følge.", null, null,
								null, null))),
				new TrackRequest(2, "Center for Diabetes – rammen om en sammenhængende type 2-diabetesindsats",
						"Sammenhængende hjælp og støtte til hverdagen med diabetes, samlet i ét center.",
						List.of(new FocusAreaRequest(1, "Flere borgere i forløb"),
								new FocusAreaRequest(2, "Nye rammer for centret"),
								new FocusAreaRequest(3, "Samarbejde med praksis, hospitaler og apoteker")),
						List.of(new InitiativeRequest(5, 1, "Flere henvisninger og direkte adgang",
								"Borgere kan henvende sig selv, og flere henvises fra praksis og hospitaler.", null,
								null, null, null),
								new InitiativeRequest(6, 2, "Nyt Center for Diabetes i De Gamles By",
										"Et nyt hus, planlagt med borgere og medarbejdere; ventes færdigt i 2024.",
										null, null, null, null),
								new InitiativeRequest(7, 1, "Fælles ramme for samtaler",
										"Medarbejderne træner strukturerede samtaler efter Sundhedsstyrelsens nye principper.",
										null, null, null, null),
								new InitiativeRequest(8, 3, "Samarbejde med hospitalerne",
										"Pilotprojekt med Bispebjerg Hospital og henvisning fra Hvidovre Hospital.",
										"Bispebjerg Hospital, Hvidovre Hospital", null, null, null),
								new InitiativeRequest(9, 1, "Frivillignetværk",
										"Tidligere deltagere driver gratis netværk for motion og samvær.", null, null,
										null, null),
								new InitiativeRequest(10, 3, "Samarbejde med almen praksis og apoteker",
										"Klyngemøder og undervisning for praksis; apotekerne kan henvise direkte.",
										"Almen praksis, apoteker i København", null, null, null))),
				new TrackRequest(3, "Nye innovative løsninger",
						"Nye løsninger til det voksende antal københavnere med type 2-diabetes.",
						List.of(new FocusAreaRequest(1, "Digitale løsninger"),
								new FocusAreaRequest(2, "Partnerskaber og forskning")),
						List.of(new InitiativeRequest(11, 1, "Liva Life",
								"En sundhedsapp, hvor borger og medarbejder arbejder sammen om en sundere livsstil.",
								null, null, null, null),
								new InitiativeRequest(12, 2, "Strategiske partnerskaber",
										"Samarbejde med Steno Diabetes Center Copenhagen (2018-21) og Cities Changing Diabetes (2017-2019).",
										"Steno Diabetes Center Copenhagen, Novo Nordisk", null, null, null),
								new InitiativeRequest(13, 2, "Forskningssamarbejder",
										"Centret stiller sig til rådighed for forskning i praksisnære spørgsmål.",
										"Center for Aktiv Sundhed, Rigshospitalet", null, null, null))));
	}

	private static List<AssessmentRequest> assessments() {
		return List.of(
				new AssessmentRequest(1, 2018, Progress.GOOD_PROGRESS,
						"Konsekvenserne mindskes for dem, der kommer i centret, især gennem differentierede tilbud og "
								+ "patientuddannelse; mentorer og den udgående indsats når dem, der ikke kommer."),
				new AssessmentRequest(2, 2018, Progress.PARTLY_REACHED,
						"Den sammenhængende rehabilitering er kun delvist nået: de midlertidige lokaler begrænser "
								+ "netværk, pårørende og samarbejde med flere faggrupper, indtil det nye center står klar."),
				new AssessmentRequest(3, 2018, Progress.GOOD_PROGRESS,
						"Nye løsninger afprøves, og partnerskaberne med forskningen bærer udviklingen."));
	}

	private static List<StatusRequest> statuses() {
		return List.of(
				new StatusRequest(1, 2018, InitiativeState.UNDER_WAY,
						"Startet; samarbejde med lokale aktører bygget op."),
				new StatusRequest(2, 2018, InitiativeState.UNDER_WAY,
						"25 nye frivillige uddannet; de første forløb virker lovende."),
				new StatusRequest(3, 2018, InitiativeState.UNDER_WAY,
						"Nye redskaber til borgere med ikke-vestlig baggrund."),
				new StatusRequest(4, 2018, InitiativeState.UNDER_WAY, "Systematiske målinger begyndt i 2018."),
				new StatusRequest(5, 2018, InitiativeState.UNDER_WAY,
						"Flere forløb end året før; udbredelsen fortsætter i 2019."),
				new StatusRequest(6, 2018, InitiativeState.UNDER_WAY,
						"Bevilget i budget 2019; workshop med borgere og medarbejdere afholdt."),
				new StatusRequest(7, 2018, InitiativeState.UNDER_WAY,
						"Gennemført for medarbejderne; fortsætter i 2019."),
				new StatusRequest(8, 2018, InitiativeState.COMPLETED,
						"Pilotprojektet med Bispebjerg Hospital er gennemført."),
				new StatusRequest(9, 2018, InitiativeState.UNDER_WAY, "11 netværk i gang."),
				new StatusRequest(10, 2018, InitiativeState.UNDER_WAY, "Aftale om direkte henvisning fra apotekerne."),
				new StatusRequest(11, 2018, InitiativeState.UNDER_WAY,
						"Fire medarbejdere uddannet som vejledere; de første målinger er positive."),
				new StatusRequest(12, 2018, InitiativeState.UNDER_WAY, "Aftalerne løber til 2019 og 2021."),
				new StatusRequest(13, 2018, InitiativeState.UNDER_WAY, "Samarbejdet med Rigshospitalet er startet."));
	}

	private static List<IndicatorRequest> indicators() {
		return List.of(new IndicatorRequest(1, "Københavnere i forløb i Center for Diabetes", "borgere", null, null,
				List.of(new ValueRequest(2017, new BigDecimal("861"), true,
						"Kilden oplyser kun, at 2018 var ca. 25 % mere end 2017; 861 er det, der følger af det."),
						new ValueRequest(2018, new BigDecimal("1076"), false, null))),
				new IndicatorRequest(2, "Nye frivillige uddannet til Sammen om Diabetes", "frivillige", null, null,
						List.of(new ValueRequest(2018, new BigDecimal("25"), false, null))),
				new IndicatorRequest(3, "Frivillignetværk drevet af tidligere deltagere", "netværk", null, null,
						List.of(new ValueRequest(2018, new BigDecimal("11"), false, null))),
				new IndicatorRequest(4, "Medarbejdere uddannet som Liva-vejledere", "medarbejdere", null, null,
						List.of(new ValueRequest(2018, new BigDecimal("4"), false, null))));
	}

	/**
	 * Table 3 of the status, as printed: its totals for 2017 and 2019 are not what its
	 * rows add up to.
	 */
	private static FundingRequest funding() {
		String economy = "Eksterne midler – Økonomiaftalen 2017";
		String budget = "Budget 2019";
		return new FundingRequest(
				List.of(new RowRequest(1, economy, "Navigatorordning for socialt udsatte borgere", null,
						List.of(cell("2017", "0.8"), cell("2018", "0.8"), cell("2019", "0.6"), cell("2020", "0.6"))),
						new RowRequest(2, economy, "Differentierede indsatser på diabetesområdet", 3,
								List.of(cell("2017", "1.5"), cell("2018", "1.5"), cell("2019", "1.5"),
										cell("2020", "1.5"))),
						new RowRequest(3, budget, "Tidlig opsporing blandt borgere med diabetes", null,
								List.of(cell("2018", "0.4"))),
						new RowRequest(4, budget, "Nyt center for diabetes", 6,
								List.of(capital("2019", "6.8"), capital("2020", "45.8"), capital("2021", "52.3"),
										capital("2022", "1.5"), cell("PERMANENT", "1.5")))),
				List.of(total("2017", "2,1"), total("2018", "2,7"), total("2019", "15,7"), total("2020", "47,9"),
						total("2021", "52,3"), total("2022", "1,5")));
	}

	private static CellRequest cell(String column, String millions) {
		return new CellRequest(column, Amount.ofMillions(millions), MoneyKind.OPERATING);
	}

	private static CellRequest capital(String column, String millions) {
		return new CellRequest(column, Amount.ofMillions(millions), MoneyKind.CAPITAL);
	}

	private static StatedTotalRequest total(String column, String millions) {
		return new StatedTotalRequest(column, millions + " mio. kr.");
	}

}
