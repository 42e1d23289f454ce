package dk.pulje.casework;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import dk.pulje.applications.ApplicationManagement;
import dk.pulje.applications.ApplicationView;
import dk.pulje.applications.Attachments;
import dk.pulje.rules.RecordNotFound;
import dk.pulje.web.Pages;

/**
 * An application's documents as files: its attachments, and the decision letter of a
 * decided application, as PDF ({@link DecisionLetters}). Whoever may read the application
 * may download its letter; for anyone else it is not there.
 */
@Controller
class ApplicationDocuments implements Pages {

	private final ApplicationManagement applications;

	private final DecisionLetters letters;

	ApplicationDocuments(ApplicationManagement applications, DecisionLetters letters) {
		this.applications = applications;
		this.letters = letters;
	}

	@GetMapping("/applications/{id}/decision-letter.pdf")
	ResponseEntity<byte[]> letter(@PathVariable long id) {
		ApplicationView application = this.applications.application(id);
		if (application.decision() == null) {
			throw new RecordNotFound("application", id);
		}
		byte[] pdf = this.letters.pdf(application);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(DecisionLetters.fileName(application)).build().toString())
			.body(pdf);
	}

	@GetMapping("/applications/{id}/attachments/{key}")
	ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable String key) {
		return Attachments.download(this.applications.attachment(id, key));
	}

}
