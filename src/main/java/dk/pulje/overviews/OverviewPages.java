package dk.pulje.overviews;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import dk.pulje.funding.FundingManagement;
import dk.pulje.funding.ProgrammeView;
import dk.pulje.organisations.OrganisationType;
import dk.pulje.rules.RecordNotFound;
import dk.pulje.web.FieldMessages;
import dk.pulje.web.Pages;
import dk.pulje.web.Table;
import dk.pulje.web.TableDocuments;

/**
 * The overviews as public pages and downloads, each page and its files made from the same
 * tables.
 */
@Controller
class OverviewPages implements Pages {

	private final Announcements announcements;

	private final NationalInitiatives initiatives;

	private final FundingManagement funding;

	private final TableDocuments documents;

	private final FieldMessages words;

	private final MoneyFlows money;

	private final MoneyTables moneyTables;

	OverviewPages(Announcements announcements, NationalInitiatives initiatives, FundingManagement funding,
			TableDocuments documents, FieldMessages words, MoneyFlows money, MoneyTables moneyTables) {
		this.money = money;
		this.moneyTables = moneyTables;
		this.announcements = announcements;
		this.initiatives = initiatives;
		this.funding = funding;
		this.documents = documents;
		this.words = words;
	}

	@GetMapping("/overviews")
	String overviews() {
		return "overviews/overviews";
	}

	@GetMapping("/overviews/announcements")
	String announcements(@RequestParam(required = false) Long programmeId, Model model) {
		List<ProgrammeView> programmes = this.funding.allProgrammes();
		model.addAttribute("programmes", programmes);
		model.addAttribute("programmeId", programmeId);
		if (programmeId != null) {
			ProgrammeView programme = this.funding.programme(programmeId);
			model.addAttribute("title", this.words.text("announcements.title-of", programme.name()));
			model.addAttribute("tables", List.of(this.announcements.of(programmeId)));
			model.addAttribute("downloadBase", "/overviews/announcements");
		}
		return "overviews/announcements";
	}

	@GetMapping("/overviews/announcements.{format:csv|xlsx|pdf}")
	ResponseEntity<byte[]> announcementsFile(@PathVariable String format, @RequestParam long programmeId) {
		ProgrammeView programme = this.funding.programme(programmeId);
		Table table = this.announcements.of(programmeId);
		return this.documents.download(format, this.words.text("announcements.title-of", programme.name()),
				programme.owner(), List.of(table), "puljer-" + programme.name());
	}

	/**
	 * The sectors asked for; municipalities and regions together when none is chosen, as
	 * seed 004 lists them.
	 */
	private static Set<OrganisationType> sectors(List<OrganisationType> chosen) {
		List<OrganisationType> named = chosen == null ? List.of() : chosen.stream().filter(Objects::nonNull).toList();
		return named.isEmpty() ? EnumSet.of(OrganisationType.MUNICIPALITY, OrganisationType.REGION)
				: EnumSet.copyOf(named);
	}

	@GetMapping("/overviews/initiatives")
	String initiatives(@RequestParam(required = false) List<OrganisationType> sector, Model model) {
		Set<OrganisationType> sectors = sectors(sector);
		model.addAttribute("sectors", sectors);
		model.addAttribute("types", OrganisationType.values());
		model.addAttribute("title", this.words.text("initiatives.title", this.initiatives.sectorNames(sectors)));
		model.addAttribute("tables", List.of(this.initiatives.touching(sectors)));
		return "overviews/initiatives";
	}

	@GetMapping("/overviews/initiatives.{format:csv|xlsx|pdf}")
	ResponseEntity<byte[]> initiativesFile(@PathVariable String format,
			@RequestParam(required = false) List<OrganisationType> sector) {
		Set<OrganisationType> sectors = sectors(sector);
		String title = this.words.text("initiatives.title", this.initiatives.sectorNames(sectors));
		return this.documents.download(format, title, null, List.of(this.initiatives.touching(sectors)),
				"nationale-initiativer");
	}

	/** The agreements to choose among, and the money of the one chosen, or of all. */
	@GetMapping("/overviews/money")
	String money(@RequestParam(required = false) Long agreementId, Model model) {
		List<MoneyFlows.Agreement> all = this.money.byAgreement();
		model.addAttribute("agreements", all.stream().filter(a -> a.id() != null).toList());
		model.addAttribute("agreementId", agreementId);
		model.addAttribute("title", moneyTitle(all, agreementId));
		model.addAttribute("tables", this.moneyTables.of(chosen(all, agreementId)));
		return "overviews/money";
	}

	@GetMapping("/overviews/money.{format:csv|xlsx|pdf}")
	ResponseEntity<byte[]> moneyFile(@PathVariable String format, @RequestParam(required = false) Long agreementId) {
		List<MoneyFlows.Agreement> all = this.money.byAgreement();
		return this.documents.download(format, moneyTitle(all, agreementId), this.words.text("money.explained"),
				this.moneyTables.of(chosen(all, agreementId)), "penge-pr-aftale");
	}

	private static List<MoneyFlows.Agreement> chosen(List<MoneyFlows.Agreement> all, Long agreementId) {
		if (agreementId == null) {
			return all;
		}
		List<MoneyFlows.Agreement> one = all.stream().filter(a -> agreementId.equals(a.id())).toList();
		if (one.isEmpty()) {
			throw new RecordNotFound("agreement", agreementId);
		}
		return one;
	}

	private @Nullable String moneyTitle(List<MoneyFlows.Agreement> all, Long agreementId) {
		return agreementId == null ? this.words.text("money.title")
				: this.words.text("money.title-of", this.moneyTables.title(chosen(all, agreementId).get(0)));
	}

}
