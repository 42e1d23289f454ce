package dk.pulje.opendata;

import java.io.OutputStream;
import java.time.Clock;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.databind.json.JsonMapper;

import dk.pulje.money.DanishTime;

/**
 * The open-data files. Anyone downloads them without signing in; like the API, they
 * answer a bad filter with a problem detail, since machines read them. Each carries an
 * ETag and Last-Modified taken from the last change to any record a grant is made from,
 * so a harvester that sends them back gets 304 Not Modified until something changed, and
 * never a stale file after a change.
 */
@RestController
@Tag(name = "Open data", description = "Every grant of a completed allocation, as 360Giving and IATI 2.03")
class OpenDataController {

	private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	private final OpenGrants grants;

	private final OpenDataSettings settings;

	private final GivingPackage json;

	private final GivingCsv csv;

	private final IatiActivities iati;

	private final Clock clock;

	OpenDataController(OpenGrants grants, OpenDataSettings settings, JsonMapper json, Clock clock) {
		this.grants = grants;
		this.settings = settings;
		this.json = new GivingPackage(settings, json);
		this.csv = new GivingCsv(settings);
		this.iati = new IatiActivities(settings);
		this.clock = clock;
	}

	@GetMapping("/open-data/360giving.json")
	@Operation(summary = "The grants as a 360Giving package",
			description = "Filter by pool, programme and the year of the award; send If-None-Match to fetch only what changed.")
	ResponseEntity<StreamingResponseBody> giving(@RequestParam(required = false) @Nullable Long pool,
			@RequestParam(required = false) @Nullable Long programme,
			@RequestParam(required = false) @Nullable Integer year, WebRequest request) {
		return file(new OpenGrants.Filter(pool, programme, year), "json", MediaType.APPLICATION_JSON, request, (out,
				filter, version) -> this.json.write(out, version.at(), consumer -> this.grants.each(filter, consumer)));
	}

	@GetMapping("/open-data/360giving.csv")
	@Operation(summary = "The grants in 360Giving's flat CSV form")
	ResponseEntity<StreamingResponseBody> givingCsv(@RequestParam(required = false) @Nullable Long pool,
			@RequestParam(required = false) @Nullable Long programme,
			@RequestParam(required = false) @Nullable Integer year, WebRequest request) {
		return file(new OpenGrants.Filter(pool, programme, year), "csv", CSV, request,
				(out, filter, version) -> this.csv.write(out, consumer -> this.grants.each(filter, consumer)));
	}

	@GetMapping("/open-data/iati-activities.xml")
	@Operation(summary = "The grants as IATI 2.03 activities")
	ResponseEntity<StreamingResponseBody> iati(@RequestParam(required = false) @Nullable Long pool,
			@RequestParam(required = false) @Nullable Long programme,
			@RequestParam(required = false) @Nullable Integer year, WebRequest request) {
		return file(new OpenGrants.Filter(pool, programme, year), "xml", MediaType.APPLICATION_XML, request,
				(out, filter, version) -> this.iati.write(out, DanishTime.of(this.clock.instant()),
						consumer -> this.grants.each(filter, consumer)));
	}

	private ResponseEntity<StreamingResponseBody> file(OpenGrants.Filter filter, String format, MediaType type,
			WebRequest request, FileWriter writer) {
		OpenGrants.Version version = this.grants.version();
		String eTag = "\"" + format + "-" + version.entry() + "-" + filter.poolId() + "-" + filter.programmeId() + "-"
				+ filter.year() + "-" + this.settings.includeDemo() + "\"";
		long modified = version.at() == null ? -1 : version.at().toInstant().toEpochMilli();
		if (request.checkNotModified(eTag, modified)) {
			return ResponseEntity.status(304).eTag(eTag).build();
		}
		ResponseEntity.BodyBuilder response = ResponseEntity.ok()
			.contentType(type)
			.eTag(eTag)
			.cacheControl(CacheControl.noCache().cachePublic());
		if (modified >= 0) {
			response.lastModified(modified);
		}
		return response.body(out -> writer.write(out, filter, version));
	}

	/** Writes a file of the grants the filter picks, as of the version its ETag names. */
	@FunctionalInterface
	private interface FileWriter {

		void write(OutputStream out, OpenGrants.Filter filter, OpenGrants.Version version);

	}

}
