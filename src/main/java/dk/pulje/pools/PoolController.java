package dk.pulje.pools;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
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

import dk.pulje.organisations.OrganisationType;
import dk.pulje.paging.PageOf;
import dk.pulje.paging.Paging;
import dk.pulje.web.Versions;

/** Pools and calls over HTTP; state changes of a call are explicit actions. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Pools", description = "Pools, their calls, the end of an allocation, and re-posting what is left")
class PoolController {

	private final PoolManagement pools;

	private final PoolCatalogue catalogue;

	PoolController(PoolManagement pools, PoolCatalogue catalogue) {
		this.catalogue = catalogue;
		this.pools = pools;
	}

	@GetMapping("/pools")
	PageOf<PoolSummary> pools(@RequestParam(required = false) PoolStatus status,
			@RequestParam(required = false) Long programmeId,
			@RequestParam(required = false) OrganisationType eligibleType, @RequestParam(required = false) String q,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @RequestParam(required = false) String sort) {
		return this.catalogue.pools(new PoolCatalogue.Filter(status, programmeId, eligibleType, q, year),
				Paging.of(page, size, sort, PoolCatalogue.POOL_SORTS, "name"));
	}

	@GetMapping("/pools/{id}")
	ResponseEntity<PoolView> pool(@PathVariable long id) {
		PoolView pool = this.pools.pool(id);
		return Versions.withETag(pool, pool.version());
	}

	@PostMapping("/pools")
	ResponseEntity<PoolView> define(@Valid @RequestBody PoolRequest request) {
		PoolView pool = this.pools.definePool(request, false);
		return Versions.created("/api/v1/pools/" + pool.id(), pool, pool.version());
	}

	@PutMapping("/pools/{id}")
	ResponseEntity<PoolView> change(@PathVariable long id, @RequestHeader(name = "If-Match") String ifMatch,
			@Valid @RequestBody PoolRequest request) {
		PoolView pool = this.pools.changePool(id, Versions.requireIfMatch(ifMatch), request);
		return Versions.withETag(pool, pool.version());
	}

	@GetMapping("/pools/{id}/calls")
	PageOf<CallView> callsOfPool(@PathVariable long id, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @RequestParam(required = false) String sort) {
		this.pools.pool(id);
		return this.pools.calls(id, null, Paging.of(page, size, sort, PoolManagement.CALL_SORTS, "opensAt"));
	}

	@PostMapping("/pools/{id}/calls")
	ResponseEntity<CallView> post(@PathVariable long id, @Valid @RequestBody CallRequest request) {
		CallView call = this.pools.postCall(id, request, false);
		return Versions.created("/api/v1/calls/" + call.id(), call, call.version());
	}

	@GetMapping("/calls")
	PageOf<CallView> calls(@RequestParam(required = false) Long poolId, @RequestParam(required = false) CallKind kind,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String sort) {
		return this.pools.calls(poolId, kind, Paging.of(page, size, sort, PoolManagement.CALL_SORTS, "opensAt"));
	}

	@GetMapping("/calls/{id}")
	ResponseEntity<CallView> call(@PathVariable long id) {
		CallView call = this.pools.call(id);
		return Versions.withETag(call, call.version());
	}

	@PutMapping("/calls/{id}")
	ResponseEntity<CallView> reschedule(@PathVariable long id, @RequestHeader(name = "If-Match") String ifMatch,
			@Valid @RequestBody CallRequest request) {
		CallView call = this.pools.rescheduleCall(id, Versions.requireIfMatch(ifMatch), request);
		return Versions.withETag(call, call.version());
	}

	@PostMapping("/calls/{id}/complete-allocation")
	ResponseEntity<CallView> completeAllocation(@PathVariable long id,
			@RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch) {
		CallView call = this.pools.completeAllocation(id, Versions.ifMatch(ifMatch));
		return Versions.withETag(call, call.version());
	}

	@PostMapping("/calls/{id}/repost")
	ResponseEntity<CallView> repost(@PathVariable long id,
			@RequestHeader(value = "If-Match", required = false) String ifMatch,
			@Valid @RequestBody RepostRequest request) {
		CallView repost = this.pools.repost(id, Versions.ifMatch(ifMatch), request, false);
		return Versions.created("/api/v1/calls/" + repost.id(), repost, repost.version());
	}

}
