package dk.pulje.funding;

import jakarta.validation.Valid;

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

/** Agreements, programmes and appropriations over HTTP. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Funding",
		description = "Agreements that set money aside, the programmes they fund, appropriations by year")
class FundingController {

	private final FundingManagement funding;

	FundingController(FundingManagement funding) {
		this.funding = funding;
	}

	@GetMapping("/agreements")
	@Operation(summary = "List political agreements",
			description = "Agreements that set money aside (Finance Acts, rate adjustment pools, political agreements), by "
					+ "kind and year, a page at a time.")
	PageOf<AgreementView> agreements(@RequestParam(required = false) AgreementKind kind,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String q,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String sort) {
		return this.funding.agreements(kind, year, q,
				Paging.of(page, size, sort, FundingManagement.AGREEMENT_SORTS, "name"));
	}

	@GetMapping("/agreements/{id}")
	@Operation(summary = "Read a political agreement", description = "An agreement with what it sets aside by year.")
	ResponseEntity<AgreementView> agreement(@PathVariable long id) {
		AgreementView agreement = this.funding.agreement(id);
		return Versions.withETag(agreement, agreement.version());
	}

	@PostMapping("/agreements")
	@Operation(summary = "Record a political agreement",
			description = "Records an agreement, and answers 201 with its address and first version.")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<AgreementView> recordAgreement(@Valid @RequestBody AgreementRequest request) {
		AgreementView agreement = this.funding.recordAgreement(request, false);
		return Versions.created("/api/v1/agreements/" + agreement.id(), agreement, agreement.version());
	}

	@PutMapping("/agreements/{id}")
	@Operation(summary = "Change a political agreement",
			description = "Replaces the agreement with the one sent. `If-Match` must name the version the change was made "
					+ "from.")
	ResponseEntity<AgreementView> changeAgreement(@PathVariable long id,
			@RequestHeader(name = "If-Match") String ifMatch, @Valid @RequestBody AgreementRequest request) {
		AgreementView agreement = this.funding.changeAgreement(id, Versions.requireIfMatch(ifMatch), request);
		return Versions.withETag(agreement, agreement.version());
	}

	@GetMapping("/programmes")
	@Operation(summary = "List programmes",
			description = "Programmes and sub-programmes that pools belong to, by kind and parent, a page at a time.")
	PageOf<ProgrammeView> programmes(@RequestParam(required = false) ProgrammeKind kind,
			@RequestParam(required = false) Long parentId, @RequestParam(required = false) String q,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String sort) {
		return this.funding.programmes(kind, parentId, q,
				Paging.of(page, size, sort, FundingManagement.PROGRAMME_SORTS, "name"));
	}

	@GetMapping("/programmes/{id}")
	@Operation(summary = "Read a programme", description = "A programme with its owner, purpose and parent.")
	ResponseEntity<ProgrammeView> programme(@PathVariable long id) {
		ProgrammeView programme = this.funding.programme(id);
		return Versions.withETag(programme, programme.version());
	}

	@PostMapping("/programmes")
	@Operation(summary = "Record a programme",
			description = "Records a programme, and answers 201 with its address and first version.")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<ProgrammeView> recordProgramme(@Valid @RequestBody ProgrammeRequest request) {
		ProgrammeView programme = this.funding.recordProgramme(request, false);
		return Versions.created("/api/v1/programmes/" + programme.id(), programme, programme.version());
	}

	@PutMapping("/programmes/{id}")
	@Operation(summary = "Change a programme",
			description = "Replaces the programme with the one sent. `If-Match` must name the version the change was made "
					+ "from.")
	ResponseEntity<ProgrammeView> changeProgramme(@PathVariable long id,
			@RequestHeader(name = "If-Match") String ifMatch, @Valid @RequestBody ProgrammeRequest request) {
		ProgrammeView programme = this.funding.changeProgramme(id, Versions.requireIfMatch(ifMatch), request);
		return Versions.withETag(programme, programme.version());
	}

	@GetMapping("/appropriations")
	@Operation(summary = "List appropriations",
			description = "What agreements appropriate to programmes, by year, a page at a time.")
	PageOf<AppropriationView> appropriations(@RequestParam(required = false) Long agreementId,
			@RequestParam(required = false) Long programmeId, @RequestParam(required = false) Long poolId,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @RequestParam(required = false) String sort) {
		return this.funding.appropriations(agreementId, programmeId, poolId, year,
				Paging.of(page, size, sort, FundingManagement.APPROPRIATION_SORTS, "year"));
	}

	@GetMapping("/appropriations/{id}")
	@Operation(summary = "Read an appropriation",
			description = "An appropriation of an agreement's money to a programme, with its amounts by year.")
	ResponseEntity<AppropriationView> appropriation(@PathVariable long id) {
		AppropriationView appropriation = this.funding.appropriation(id);
		return Versions.withETag(appropriation, appropriation.version());
	}

	@PostMapping("/appropriations")
	@Operation(summary = "Appropriate money to a programme",
			description = "Appropriates part of an agreement's money to a programme; it can never exceed what the "
					+ "agreement has left for the year. Answers 201 with its address.")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<AppropriationView> appropriate(@Valid @RequestBody AppropriationRequest request) {
		AppropriationView appropriation = this.funding.appropriate(request, false);
		return Versions.created("/api/v1/appropriations/" + appropriation.id(), appropriation, appropriation.version());
	}

}
