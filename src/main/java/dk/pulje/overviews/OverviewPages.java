package dk.pulje.overviews;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import dk.pulje.funding.FundingManagement;
import dk.pulje.funding.ProgrammeView;
import dk.pulje.organisations.OrganisationType;
import dk.pulje.web.Pages;
import dk.pulje.web.TableDocuments;

/**
 * The overviews as public pages and downloads, each page and its files made from the same
 * overview.
 */
@Controller
class OverviewPages implements Pages {

	private final Overviews overviews;

	private final FundingManagement funding;

	private final TableDocuments documents;

	private final MoneyFlows money;

	OverviewPages(Overviews overviews, FundingManagement funding, TableDocuments documents, MoneyFlows money) {
		this.overviews = overviews;
		this.funding = funding;
		this.documents = documents;
		this.money = money;
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
			Overviews.Overview overview = this.overviews.announcements(programmeId);
			model.addAttribute("title", overview.title());
			model.addAttribute("tables", overview.tables());
			model.addAttribute("downloadBase", "/overviews/announcements");
		}
		return "overviews/announcements";
	}

	@GetMapping("/overviews/announcements.{format:csv|xlsx|pdf}")
	ResponseEntity<byte[]> announcementsFile(@PathVariable String format, @RequestParam long programmeId) {
		return download(format, this.overviews.announcements(programmeId));
	}

	@GetMapping("/overviews/initiatives")
	String initiatives(@RequestParam(required = false) List<OrganisationType> sector, Model model) {
		Overviews.Overview overview = this.overviews.initiatives(sector);
		model.addAttribute("sectors", Overviews.sectors(sector));
		model.addAttribute("types", OrganisationType.values());
		model.addAttribute("title", overview.title());
		model.addAttribute("tables", overview.tables());
		return "overviews/initiatives";
	}

	@GetMapping("/overviews/initiatives.{format:csv|xlsx|pdf}")
	ResponseEntity<byte[]> initiativesFile(@PathVariable String format,
			@RequestParam(required = false) List<OrganisationType> sector) {
		return download(format, this.overviews.initiatives(sector));
	}

	/** The agreements to choose among, and the money of the one chosen, or of all. */
	@GetMapping("/overviews/money")
	String money(@RequestParam(required = false) Long agreementId, Model model) {
		Overviews.Overview overview = this.overviews.money(agreementId);
		model.addAttribute("agreements", this.money.byAgreement().stream().filter(a -> a.id() != null).toList());
		model.addAttribute("agreementId", agreementId);
		model.addAttribute("title", overview.title());
		model.addAttribute("tables", overview.tables());
		return "overviews/money";
	}

	@GetMapping("/overviews/money.{format:csv|xlsx|pdf}")
	ResponseEntity<byte[]> moneyFile(@PathVariable String format, @RequestParam(required = false) Long agreementId) {
		return download(format, this.overviews.money(agreementId));
	}

	private ResponseEntity<byte[]> download(String format, Overviews.Overview overview) {
		return this.documents.download(format, overview.title(), overview.note(), overview.tables(),
				overview.fileName());
	}

}
