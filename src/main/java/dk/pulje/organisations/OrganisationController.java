package dk.pulje.organisations;

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

@RestController
@RequestMapping("/api/v1/organisations")
@Tag(name = "Organisations", description = "Municipalities, regions and the other organisations that apply")
class OrganisationController {

	private final OrganisationRegister register;

	OrganisationController(OrganisationRegister register) {
		this.register = register;
	}

	@GetMapping
	@Operation(summary = "List organisations",
			description = "Municipalities, regions and other applicants, by type, region or a text, a page at a time.")
	PageOf<OrganisationView> list(@RequestParam(required = false) OrganisationType type,
			@RequestParam(required = false) String q, @RequestParam(required = false) Long regionId,
			@RequestParam(required = false) String cvr, @RequestParam(required = false) String officialCode,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String sort) {
		Paging paging = Paging.of(page, size, sort, OrganisationRegister.SORTABLE, "name");
		return this.register.list(new OrganisationRegister.Filter(type, q, regionId, cvr, officialCode), paging);
	}

	@GetMapping("/{id}")
	@Operation(summary = "Read an organisation",
			description = "An organisation with its CVR number, type and, for a municipality, its region.")
	ResponseEntity<OrganisationView> read(@PathVariable long id) {
		OrganisationView organisation = this.register.find(id);
		return Versions.withETag(organisation, organisation.version());
	}

	@PostMapping
	@Operation(summary = "Register an organisation",
			description = "Registers an organisation; a CVR number is registered once. Answers 201 with its address.")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<OrganisationView> register(@Valid @RequestBody OrganisationRequest request) {
		OrganisationView organisation = this.register.register(request);
		return Versions.created("/api/v1/organisations/" + organisation.id(), organisation, organisation.version());
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change an organisation",
			description = "Replaces the organisation with the one sent. `If-Match` must name the version the change was "
					+ "made from.")
	ResponseEntity<OrganisationView> change(@PathVariable long id, @RequestHeader(name = "If-Match") String ifMatch,
			@Valid @RequestBody OrganisationRequest request) {
		OrganisationView organisation = this.register.change(id, Versions.requireIfMatch(ifMatch), request);
		return Versions.withETag(organisation, organisation.version());
	}

}
