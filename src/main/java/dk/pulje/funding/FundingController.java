package dk.pulje.funding;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
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
	PageOf<AgreementView> agreements(@RequestParam(required = false) AgreementKind kind,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String q,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String sort) {
		return this.funding.agreements(kind, year, q,
				Paging.of(page, size, sort, FundingManagement.AGREEMENT_SORTS, "name"));
	}

	@GetMapping("/agreements/{id}")
	ResponseEntity<AgreementView> agreement(@PathVariable long id) {
		AgreementView agreement = this.funding.agreement(id);
		return Versions.withETag(agreement, agreement.version());
	}

	@PostMapping("/agreements")
	ResponseEntity<AgreementView> recordAgreement(@Valid @RequestBody AgreementRequest request) {
		AgreementView agreement = this.funding.recordAgreement(request, false);
		return Versions.created("/api/v1/agreements/" + agreement.id(), agreement, agreement.version());
	}

	@PutMapping("/agreements/{id}")
	ResponseEntity<AgreementView> changeAgreement(@PathVariable long id,
			@RequestHeader(name = "If-Match") String ifMatch, @Valid @RequestBody AgreementRequest request) {
		AgreementView agreement = this.funding.changeAgreement(id, Versions.requireIfMatch(ifMatch), request);
		return Versions.withETag(agreement, agreement.version());
	}

	@GetMapping("/programmes")
	PageOf<ProgrammeView> programmes(@RequestParam(required = false) ProgrammeKind kind,
			@RequestParam(required = false) Long parentId, @RequestParam(required = false) String q,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String sort) {
		return this.funding.programmes(kind, parentId, q,
				Paging.of(page, size, sort, FundingManagement.PROGRAMME_SORTS, "name"));
	}

	@GetMapping("/programmes/{id}")
	ResponseEntity<ProgrammeView> programme(@PathVariable long id) {
		ProgrammeView programme = this.funding.programme(id);
		return Versions.withETag(programme, programme.version());
	}

	@PostMapping("/programmes")
	ResponseEntity<ProgrammeView> recordProgramme(@Valid @RequestBody ProgrammeRequest request) {
		ProgrammeView programme = this.funding.recordProgramme(request, false);
		return Versions.created("/api/v1/programmes/" + programme.id(), programme, programme.version());
	}

	@PutMapping("/programmes/{id}")
	ResponseEntity<ProgrammeView> changeProgramme(@PathVariable long id,
			@RequestHeader(name = "If-Match") String ifMatch, @Valid @RequestBody ProgrammeRequest request) {
		ProgrammeView programme = this.funding.changeProgramme(id, Versions.requireIfMatch(ifMatch), request);
		return Versions.withETag(programme, programme.version());
	}

	@GetMapping("/appropriations")
	PageOf<AppropriationView> appropriations(@RequestParam(required = false) Long agreementId,
			@RequestParam(required = false) Long programmeId, @RequestParam(required = false) Long poolId,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @RequestParam(required = false) String sort) {
		return this.funding.appropriations(agreementId, programmeId, poolId, year,
				Paging.of(page, size, sort, FundingManagement.APPROPRIATION_SORTS, "year"));
	}

	@GetMapping("/appropriations/{id}")
	ResponseEntity<AppropriationView> appropriation(@PathVariable long id) {
		AppropriationView appropriation = this.funding.appropriation(id);
		return Versions.withETag(appropriation, appropriation.version());
	}

	@PostMapping("/appropriations")
	ResponseEntity<AppropriationView> appropriate(@Valid @RequestBody AppropriationRequest request) {
		AppropriationView appropriation = this.funding.appropriate(request, false);
		return Versions.created("/api/v1/appropriations/" + appropriation.id(), appropriation, appropriation.version());
	}

}
