package dk.pulje.reviewing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dk.pulje.applications.ApplicationManagement;
import dk.pulje.applications.ReviewManagement;
import dk.pulje.applications.ReviewView;
import dk.pulje.portal.ApplicationDetails;
import dk.pulje.web.FormCheck;
import dk.pulje.web.FormValues;
import dk.pulje.web.Pages;

/**
 * The reviewer's pages. Its assignments, newest last; an application to score beside its
 * criteria, saved as a draft or submitted; and a conflict of interest declared, after
 * which the application is gone from the reviewer's view. A reviewer reaches only its own
 * reviews, and never sees another reviewer's scores.
 */
@Controller
class ReviewPages implements Pages {

	/** A review on the reviewer's list, with the title of the application it is of. */
	record Assignment(ReviewView review, @Nullable String title) {
	}

	private final ReviewManagement reviews;

	private final ApplicationManagement applications;

	private final ApplicationDetails details;

	private final FormCheck check;

	private final FormValues values;

	ReviewPages(ReviewManagement reviews, ApplicationManagement applications, ApplicationDetails details,
			FormCheck check, FormValues values) {
		this.reviews = reviews;
		this.applications = applications;
		this.details = details;
		this.check = check;
		this.values = values;
	}

	@GetMapping("/reviews")
	String assignments(Model model) {
		List<Assignment> assignments = this.reviews.reviews(null)
			.stream()
			.map(r -> new Assignment(r,
					r.conflicted() ? null : this.applications.application(r.applicationId()).title()))
			.toList();
		model.addAttribute("assignments", assignments);
		return "reviewing/assignments";
	}

	@GetMapping("/reviews/{id}")
	String review(@PathVariable long id, Model model) {
		ReviewView review = this.reviews.review(id);
		return page(review, ReviewForm.of(review), Map.of(), model);
	}

	/**
	 * Saves the scores as a draft, or saves them and submits the review ({@code submit});
	 * a review that cannot be submitted shows each criterion still to score, and the
	 * scores are saved all the same.
	 */
	@PostMapping("/reviews/{id}")
	String save(@PathVariable long id, @ModelAttribute("form") ReviewForm form,
			@RequestParam(required = false) @Nullable String submit, Model model) {
		Map<String, String> errors = new LinkedHashMap<>();
		Optional<ReviewView> saved = this.check.save(form.toRequest(this.values, errors), errors, FormCheck::inputId,
				"review", request -> this.reviews.score(id, form.version(), request));
		if (saved.isPresent() && submit != null) {
			long version = saved.get().version();
			if (this.values.attempt(() -> this.reviews.submit(id, version), errors, FormCheck::inputId, "review")
				.isPresent()) {
				return "redirect:/reviews/" + id + "?submitted";
			}
			ReviewView draft = this.reviews.review(id);
			return page(draft, ReviewForm.of(draft), errors, model);
		}
		if (saved.isPresent()) {
			return "redirect:/reviews/" + id + "?saved";
		}
		return page(this.reviews.review(id), form, errors, model);
	}

	/**
	 * Declares a conflict of interest; the application is then gone from the reviewer's
	 * view.
	 */
	@PostMapping("/reviews/{id}/conflict")
	String conflict(@PathVariable long id, @RequestParam(required = false) @Nullable String reason, Model model) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (this.values.attempt(() -> this.reviews.declareConflict(id, reason), errors, field -> "reason", "review")
			.isPresent()) {
			return "redirect:/reviews?conflict";
		}
		ReviewView review = this.reviews.review(id);
		model.addAttribute("reason", reason);
		return page(review, ReviewForm.of(review), errors, model);
	}

	private String page(ReviewView review, ReviewForm form, Map<String, String> errors, Model model) {
		if (review.conflicted()) {
			return "redirect:/reviews";
		}
		this.details.describe(this.applications.application(review.applicationId()), model);
		model.addAttribute("review", review);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "reviewing/review";
	}

}
