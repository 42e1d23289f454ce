package dk.pulje.applications;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dk.pulje.Api;
import dk.pulje.Fixtures;
import dk.pulje.IntegrationTest;
import dk.pulje.accounts.People;
import dk.pulje.accounts.Role;
import dk.pulje.money.DanishTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files attached to an application through the API: the kinds and sizes allowed, judged
 * by name and content; the same bytes back on download, as a download; nobody else's;
 * and, once submitted, part of the record for good.
 */
@IntegrationTest
class AttachmentTests {

	private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	private Fixtures fixtures;

	private People.Person aarhus;

	private People.Person odense;

	private long draft;

	@BeforeEach
	void aDraftOfAarhus() {
		Api administrator = Api.asAdministrator(this.port);
		this.fixtures = new Fixtures(administrator);
		People people = new People(administrator);
		long lead = this.fixtures.organisation("751");
		this.aarhus = people.open(Role.APPLICANT, List.of(lead));
		this.odense = people.open(Role.APPLICANT, List.of(this.fixtures.organisation("461")));
		LocalDateTime now = LocalDateTime.now(DanishTime.ZONE);
		long call = this.fixtures.call(this.fixtures.pool(), "1000000.00", now.minusDays(1), now.plusDays(5));
		this.draft = new Fixtures(this.aarhus.api()).draft(call, lead, Map.of(2019, "100000.00"));
	}

	@Test
	void anAttachedFileComesBackAsTheSameBytesAsADownload() throws Exception {
		HttpResponse<String> attached = upload(this.aarhus, "C:\\Users\\projekt\\Budget 2019.pdf", PDF);

		assertThat(attached.statusCode()).as(attached.body()).isEqualTo(201);
		JsonNode file = this.json.readTree(attached.body()).path("attachments").get(0);
		assertThat(file.path("fileName").asString()).isEqualTo("Budget 2019.pdf");
		assertThat(file.path("contentType").asString()).isEqualTo("application/pdf");
		assertThat(file.path("sizeBytes").asLong()).isEqualTo(PDF.length);
		HttpResponse<byte[]> download = download(this.aarhus, file.path("fileKey").asString());
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(PDF);
		assertThat(download.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment;");
		assertThat(download(this.odense, file.path("fileKey").asString()).statusCode()).isEqualTo(404);
	}

	@Test
	void aFileIsRefusedWhenItsContentIsNotWhatItsNameSaysOrItIsTooLarge() throws Exception {
		HttpResponse<String> program = upload(this.aarhus, "faktura.pdf",
				"MZ\u0090\u0000 program".getBytes(StandardCharsets.ISO_8859_1));
		byte[] large = new byte[10 * 1024 * 1024 + 1];
		System.arraycopy(PDF, 0, large, 0, PDF.length);
		HttpResponse<String> tooLarge = upload(this.aarhus, "stor.pdf", large);
		HttpResponse<String> script = upload(this.aarhus, "noter.html",
				"<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));

		assertThat(program.statusCode()).isEqualTo(422);
		assertThat(this.json.readTree(program.body()).path("rule").asString()).isEqualTo("attachment-kind-not-allowed");
		assertThat(this.json.readTree(tooLarge.body()).path("detail").asString())
			.isEqualTo("Filen \"stor.pdf\" er for stor; en fil må højst fylde 10 MB.");
		assertThat(this.json.readTree(script.body()).path("rule").asString()).isEqualTo("attachment-kind-not-allowed");
		assertThat(this.aarhus.api().get("/api/v1/applications/" + this.draft).body().path("attachments").size())
			.isZero();
	}

	@Test
	void aDraftsFileCanBeRemovedButASubmittedApplicationsFilesStay() throws Exception {
		String first = this.json.readTree(upload(this.aarhus, "a.pdf", PDF).body())
			.path("attachments")
			.get(0)
			.path("fileKey")
			.asString();
		assertThat(delete(this.aarhus, first).statusCode()).isEqualTo(200);
		assertThat(download(this.aarhus, first).statusCode()).isEqualTo(404);
		String kept = this.json.readTree(upload(this.aarhus, "b.pdf", PDF).body())
			.path("attachments")
			.get(0)
			.path("fileKey")
			.asString();
		assertThat(this.fixtures.submit(this.draft, null).status()).isEqualTo(200);

		HttpResponse<String> removal = delete(this.aarhus, kept);

		assertThat(removal.statusCode()).isEqualTo(422);
		assertThat(this.json.readTree(removal.body()).path("rule").asString()).isEqualTo("application-not-draft");
		assertThat(download(this.aarhus, kept).body()).isEqualTo(PDF);
	}

	private HttpResponse<String> upload(People.Person person, String fileName, byte[] content) throws Exception {
		String boundary = "pulje-" + System.nanoTime();
		byte[] body = Api.multipart(boundary, fileName, content);
		return this.http
			.send(request(person, "/attachments").header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<byte[]> download(People.Person person, String key) throws Exception {
		return this.http.send(request(person, "/attachments/" + key).GET().build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	private HttpResponse<String> delete(People.Person person, String key) throws Exception {
		return this.http.send(request(person, "/attachments/" + key).DELETE().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(People.Person person, String path) {
		String basic = Base64.getEncoder()
			.encodeToString((person.username() + ":" + person.password()).getBytes(StandardCharsets.UTF_8));
		return HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/applications/" + this.draft + path))
			.header("Authorization", "Basic " + basic);
	}

}
