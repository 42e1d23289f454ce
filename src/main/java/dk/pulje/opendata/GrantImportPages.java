package dk.pulje.opendata;

import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import dk.pulje.rules.RuleViolation;
import dk.pulje.web.FieldMessages;
import dk.pulje.web.Pages;

/**
 * The caseworker's imports of 360Giving files: the imports made, newest first, and a file
 * to import; one import as it runs (the page follows it without reloading) with its rows
 * read, made, changed, unchanged and refused, each refused row's field and reason, and
 * the refusals as a CSV file.
 */
@Controller
class GrantImportPages implements Pages {

	private static final int SHOWN_PROBLEMS = 200;

	private final GrantImports imports;

	private final FieldMessages messages;

	GrantImportPages(GrantImports imports, FieldMessages messages) {
		this.imports = imports;
		this.messages = messages;
	}

	@GetMapping("/casework/imports")
	String list(Model model) {
		return list(Map.of(), model);
	}

	private String list(Map<String, String> errors, Model model) {
		model.addAttribute("imports", this.imports.imports());
		model.addAttribute("errors", errors);
		return "opendata/imports";
	}

	@PostMapping("/casework/imports")
	String start(@RequestParam(required = false) @Nullable MultipartFile file, Principal caseworker, Model model)
			throws IOException {
		Map<String, String> errors = new LinkedHashMap<>();
		if (file == null || file.isEmpty()) {
			errors.put("file", this.messages.text("imports.choose-file"));
			return list(errors, model);
		}
		try (InputStream in = file.getInputStream()) {
			GrantImportView started = this.imports.start(file.getOriginalFilename(), in, caseworker.getName());
			return "redirect:/casework/imports/" + started.id();
		}
		catch (RuleViolation refused) {
			errors.put("file", this.messages.of(refused));
			return list(errors, model);
		}
	}

	@GetMapping("/casework/imports/{id}")
	String view(@PathVariable long id, Model model) {
		GrantImportView progress = this.imports.importOf(id);
		List<GrantImports.Problem> problems = this.imports.problems(id);
		model.addAttribute("progress", progress);
		model.addAttribute("problems",
				problems.size() > SHOWN_PROBLEMS ? problems.subList(0, SHOWN_PROBLEMS) : problems);
		model.addAttribute("problemCount", problems.size());
		return "opendata/import";
	}

	@GetMapping("/casework/imports/{id}/problems.csv")
	ResponseEntity<byte[]> problems(@PathVariable long id) {
		return GrantImportController.problemsFile(this.imports, id);
	}

}
