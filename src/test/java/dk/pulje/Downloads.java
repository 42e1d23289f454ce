package dk.pulje;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Pages and files fetched as a Danish visitor's browser does, and the text of a PDF as a
 * reader extracts it.
 */
public final class Downloads {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private Downloads() {
	}

	public static HttpResponse<String> page(int port, String path) throws IOException, InterruptedException {
		return HTTP.send(request(port, path), HttpResponse.BodyHandlers.ofString());
	}

	public static HttpResponse<byte[]> file(int port, String path) throws IOException, InterruptedException {
		return HTTP.send(request(port, path), HttpResponse.BodyHandlers.ofByteArray());
	}

	/**
	 * The PDF's text, with every run of white space (line ends in narrow table cells) as
	 * one space.
	 */
	public static String pdfText(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	private static HttpRequest request(int port, String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept-Language", "da")
			.build();
	}

}
