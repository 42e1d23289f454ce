package dk.pulje.plans.web;

import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import dk.pulje.plans.ActionPlanRequest;
import dk.pulje.plans.PlanManagement;
import dk.pulje.web.FormValues;

/**
 * How the plan editors save: the whole plan, as the form changed it, against the version
 * the form showed. A change made meanwhile by someone else is never written over.
 */
@Component
class PlanChanges {

	private final PlanManagement plans;

	private final FormValues values;

	PlanChanges(PlanManagement plans, FormValues values) {
		this.plans = plans;
		this.values = values;
	}

	/**
	 * On success, where to go: the plan's page. On a broken rule, each problem at the
	 * input its field maps to; on a change made meanwhile, a problem for the whole form.
	 */
	Optional<String> change(long id, @Nullable Long version, ActionPlanRequest request, Map<String, String> errors,
			UnaryOperator<String> inputOf) {
		return this.values
			.attempt(() -> this.plans.change(id, version == null ? -1 : version, request), errors, inputOf, "plan")
			.map(saved -> "redirect:/plans/" + id + "?saved");
	}

}
