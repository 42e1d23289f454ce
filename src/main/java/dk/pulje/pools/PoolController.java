package dk.pulje.pools;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
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
	@Operation(summary = "List pools",
			description = "Pools by status, programme, the kind of organisation that may apply, year or a text, a page at "
					+ "a time.")
	PageOf<PoolSummary> pools(@RequestParam(required = false) PoolStatus status,
			@RequestParam(required = false) Long programmeId,
			@RequestParam(required = false) OrganisationType eligibleType, @RequestParam(required = false) String q,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @RequestParam(required = false) String sort) {
		return this.catalogue.pools(new PoolCatalogue.Filter(status, programmeId, eligibleType, q, year),
				Paging.of(page, size, sort, PoolCatalogue.POOL_SORTS, "name"));
	}

	@GetMapping("/pools/{id}")
	@Operation(summary = "Read a pool",
			description = "A pool with its purpose, who may apply, its money by year and what its calls have offered and "
					+ "granted.")
	ResponseEntity<PoolView> pool(@PathVariable long id) {
		PoolView pool = this.pools.pool(id);
		return Versions.withETag(pool, pool.version());
	}

	@PostMapping("/pools")
	@Operation(summary = "Define a pool",
			description = "Defines a pool under a programme, and answers 201 with its address and first version.")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<PoolView> define(@Valid @RequestBody PoolRequest request) {
		PoolView pool = this.pools.definePool(request, false);
		return Versions.created("/api/v1/pools/" + pool.id(), pool, pool.version());
	}

	@PutMapping("/pools/{id}")
	@Operation(summary = "Change a pool",
			description = "Replaces the pool with the one sent. `If-Match` must name the version the change was made from.")
	ResponseEntity<PoolView> change(@PathVariable long id, @RequestHeader(name = "If-Match") String ifMatch,
			@Valid @RequestBody PoolRequest request) {
		PoolView pool = this.pools.changePool(id, Versions.requireIfMatch(ifMatch), request);
		return Versions.withETag(pool, pool.version());
	}

	@GetMapping("/pools/{id}/calls")
	@Operation(summary = "List a pool's calls",
			description = "The pool's calls, first posting and re-postings, a page at a time.")
	PageOf<CallView> callsOfPool(@PathVariable long id, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @RequestParam(required = false) String sort) {
		this.pools.pool(id);
		return this.pools.calls(id, null, Paging.of(page, size, sort, PoolManagement.CALL_SORTS, "opensAt"));
	}

	@PostMapping("/pools/{id}/calls")
	@Operation(summary = "Post a call",
			description = "Posts a call of the pool with its amount, opening and deadline; it can never offer more than "
					+ "the pool has left. Answers 201 with its address.")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<CallView> post(@PathVariable long id, @Valid @RequestBody CallRequest request) {
		CallView call = this.pools.postCall(id, request, false);
		return Versions.created("/api/v1/calls/" + call.id(), call, call.version());
	}

	@GetMapping("/calls")
	@Operation(summary = "List calls", description = "Calls by pool and kind, a page at a time.")
	PageOf<CallView> calls(@RequestParam(required = false) Long poolId, @RequestParam(required = false) CallKind kind,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String sort) {
		return this.pools.calls(poolId, kind, Paging.of(page, size, sort, PoolManagement.CALL_SORTS, "opensAt"));
	}

	@GetMapping("/calls/{id}")
	@Operation(summary = "Read a call",
			description = "A call with its amount, dates, what it has granted and what it leaves.")
	ResponseEntity<CallView> call(@PathVariable long id) {
		CallView call = this.pools.call(id);
		return Versions.withETag(call, call.version());
	}

	@PutMapping("/calls/{id}")
	@Operation(summary = "Move a call's dates",
			description = "Moves the call's opening or deadline before any decision is made. `If-Match` must name the "
					+ "version the change was made from.")
	ResponseEntity<CallView> reschedule(@PathVariable long id, @RequestHeader(name = "If-Match") String ifMatch,
			@Valid @RequestBody CallRequest request) {
		CallView call = this.pools.rescheduleCall(id, Versions.requireIfMatch(ifMatch), request);
		return Versions.withETag(call, call.version());
	}

	@PostMapping("/calls/{id}/complete-allocation")
	@Operation(summary = "Complete a call's allocation",
			description = "Declares the call's allocation complete once its deadline has passed; no more decisions can be "
					+ "made on it, its statistics become public, and what it did not grant can be re-posted.")
	ResponseEntity<CallView> completeAllocation(@PathVariable long id,
			@RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch) {
		CallView call = this.pools.completeAllocation(id, Versions.ifMatch(ifMatch));
		return Versions.withETag(call, call.version());
	}

	@PostMapping("/calls/{id}/repost")
	@Operation(summary = "Re-post what a call left",
			description = "Posts a new call of what the completed call did not grant, for instance the 50,8 mio. kr. left "
					+ "of a first posting. Answers 201 with the new call's address.")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<CallView> repost(@PathVariable long id,
			@RequestHeader(value = "If-Match", required = false) String ifMatch,
			@Valid @RequestBody RepostRequest request) {
		CallView repost = this.pools.repost(id, Versions.ifMatch(ifMatch), request, false);
		return Versions.created("/api/v1/calls/" + repost.id(), repost, repost.version());
	}

}
