package dk.pulje.pools.web;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import dk.pulje.money.Amount;
import dk.pulje.pools.CallRequest;
import dk.pulje.pools.CallView;
import dk.pulje.pools.PoolManagement;
import dk.pulje.web.FormValues;
import dk.pulje.web.Formats;
import dk.pulje.web.Pages;

import static dk.pulje.web.FormValues.orNull;
import static dk.pulje.web.FormValues.validatedLater;

/**
 * Posting a pool's calls, and moving a call's opening and deadline while no decision has
 * been taken on it, as pages for caseworkers.
 */
@Controller
class CallEditor implements Pages {

	private final PoolManagement pools;

	private final FormValues values;

	private final Formats formats;

	CallEditor(PoolManagement pools, FormValues values, Formats formats) {
		this.pools = pools;
		this.values = values;
		this.formats = formats;
	}

	@GetMapping("/casework/pools/{id}/calls/new")
	String newCall(@PathVariable long id, Model model) {
		return form(id, null, CallForm.EMPTY, Map.of(), model);
	}

	@PostMapping("/casework/pools/{id}/calls/new")
	String postCall(@PathVariable long id, @ModelAttribute("form") CallForm form, Model model) {
		this.pools.pool(id);
		Map<String, String> errors = new LinkedHashMap<>();
		Amount amount = this.values.amount(form.amount(), true, "amount", errors);
		LocalDateTime opensAt = this.values.time(form.opensAt(), "opensAt", errors);
		LocalDateTime deadline = this.values.time(form.deadline(), "deadline", errors);
		Integer earmark = this.values.whole(form.earmark(), "earmark", errors);
		if (errors.isEmpty()) {
			Optional<CallView> posted = this.values
				.attempt(
						() -> this.pools
							.postCall(id,
									new CallRequest(orNull(form.title()), validatedLater(amount),
											validatedLater(opensAt), validatedLater(deadline), earmark),
									false),
						errors, field -> field, "call");
			if (posted.isPresent()) {
				return "redirect:/casework/calls/" + posted.get().id() + "?posted";
			}
		}
		return form(id, null, form, errors, model);
	}

	@GetMapping("/casework/calls/{id}/edit")
	String editCall(@PathVariable long id, Model model) {
		CallView call = this.pools.call(id);
		return form(call.poolId(), call, CallForm.of(call, this.formats), Map.of(), model);
	}

	/** Moves a call's opening and deadline, or renames it; its amount stays. */
	@PostMapping("/casework/calls/{id}/edit")
	String rescheduleCall(@PathVariable long id, @ModelAttribute("form") CallForm form, Model model) {
		CallView call = this.pools.call(id);
		Map<String, String> errors = new LinkedHashMap<>();
		LocalDateTime opensAt = this.values.time(form.opensAt(), "opensAt", errors);
		LocalDateTime deadline = this.values.time(form.deadline(), "deadline", errors);
		if (errors.isEmpty()
				&& this.values
					.attempt(
							() -> this.pools
								.rescheduleCall(id, form.version() == null ? -1 : form.version(),
										new CallRequest(orNull(form.title()), call.amount(), validatedLater(opensAt),
												validatedLater(deadline))),
							errors, field -> field, "call")
					.isPresent()) {
			return "redirect:/casework/calls/" + id + "?rescheduled";
		}
		return form(call.poolId(), call, form.withAmountOf(call, this.formats), errors, model);
	}

	private String form(long poolId, @Nullable CallView call, CallForm form, Map<String, String> errors, Model model) {
		model.addAttribute("pool", this.pools.pool(poolId));
		model.addAttribute("call", call);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "pools/call-form";
	}

}
