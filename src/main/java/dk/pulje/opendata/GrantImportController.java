package dk.pulje.opendata;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import dk.pulje.web.TableExports;

/**
 * Imports of 360Giving files over HTTP, for the authority's staff. A file is sent as the
 * request's body ({@code ?fileName=} says JSON or CSV; no size limit, it is streamed to
 * disk) or as a form's file; the answer is 202 with the import's address, which shows how
 * far it has come.
 */
@RestController
@Tag(name = "Grant imports", description = "Import earlier grants from 360Giving JSON or CSV files")
class GrantImportController {

	private final GrantImports imports;

	GrantImportController(GrantImports imports) {
		this.imports = imports;
	}

	@PostMapping(path = "/api/v1/grant-imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Import a 360Giving file sent as a form's file",
			description = "Starts importing the file in the form field `file`. Answers 202 at once, with the import's "
					+ "address in `Location`; the import runs on by itself.")
	@ResponseStatus(HttpStatus.ACCEPTED)
	ResponseEntity<GrantImportView> upload(@RequestPart("file") MultipartFile file, Principal who) throws IOException {
		try (InputStream in = file.getInputStream()) {
			return accepted(this.imports.start(file.getOriginalFilename(), in, who.getName()));
		}
	}

	@PostMapping(path = "/api/v1/grant-imports",
			consumes = { MediaType.APPLICATION_JSON_VALUE, "text/csv", MediaType.APPLICATION_OCTET_STREAM_VALUE })
	@Operation(summary = "Import a 360Giving file sent as the body",
			description = "Starts importing the body, JSON or CSV as `fileName` or the content type says; it is streamed "
					+ "to disk, so a file of any size is taken. Answers 202 at once, with the import's address in "
					+ "`Location`.")
	@ResponseStatus(HttpStatus.ACCEPTED)
	ResponseEntity<GrantImportView> body(@RequestParam(required = false) @Nullable String fileName,
			HttpServletRequest request, Principal who) throws IOException {
		String name = fileName != null ? fileName
				: request.getContentType() != null && request.getContentType().startsWith("text/csv") ? "360giving.csv"
						: "360giving.json";
		try (InputStream in = request.getInputStream()) {
			return accepted(this.imports.start(name, in, who.getName()));
		}
	}

	private static ResponseEntity<GrantImportView> accepted(GrantImportView started) {
		return ResponseEntity.accepted().location(URI.create("/api/v1/grant-imports/" + started.id())).body(started);
	}

	@GetMapping("/api/v1/grant-imports")
	@Operation(summary = "List imports",
			description = "The latest hundred imports of 360Giving files, newest first, with their counts.")
	List<GrantImportView> list() {
		return this.imports.imports();
	}

	@GetMapping("/api/v1/grant-imports/{id}")
	@Operation(summary = "Follow an import",
			description = "How far an import has come: rows read, created, updated, unchanged and refused, and whether it "
					+ "is running, done or failed.")
	GrantImportView read(@PathVariable long id) {
		return this.imports.importOf(id);
	}

	@GetMapping("/api/v1/grant-imports/{id}/problems")
	@Operation(summary = "List an import's refused rows",
			description = "Each refused row with its number, its grant's identifier, the field, the rule it broke and the "
					+ "value the file had.")
	List<GrantImports.Problem> problems(@PathVariable long id) {
		return this.imports.problems(id);
	}

	@GetMapping("/api/v1/grant-imports/{id}/problems.csv")
	@Operation(summary = "Download an import's refused rows as CSV",
			description = "The refused rows as a CSV file for a spreadsheet, in UTF-8 with a byte order mark.")
	ResponseEntity<byte[]> problemsCsv(@PathVariable long id) {
		return problemsFile(this.imports, id);
	}

	/** The refused rows of an import as CSV: row, grant, field, rule and value. */
	static ResponseEntity<byte[]> problemsFile(GrantImports imports, long id) {
		StringBuilder csv = new StringBuilder("\uFEFFRow,Identifier,Field,Rule,Value\r\n");
		for (GrantImports.Problem problem : imports.problems(id)) {
			csv.append(problem.row())
				.append(',')
				.append(field(problem.grantId()))
				.append(',')
				.append(field(problem.field()))
				.append(',')
				.append(field(problem.rule()))
				.append(',')
				.append(field(problem.value()))
				.append("\r\n");
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("import-" + id + "-problemer.csv").build().toString())
			.body(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

	private static String field(@Nullable String text) {
		return text == null ? "" : TableExports.field(text, ',');
	}

}
